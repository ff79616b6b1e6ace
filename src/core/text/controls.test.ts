// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countInvisibles, invisiblesNotice, stripControls } from './controls';

describe('stripControls', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tand line\nfeed stay', 'tab\tand line\nfeed stay'],
    ['\u001b]0;Pwned\u0007Ukraine cedes', 'Ukraine cedes'],
    ['\u001b]0;Title\u001b\\Text', 'Text'],
    ['\u001b[2JCleared \u001b[31mred\u001b[0m', 'Cleared red'],
    ['8-bit \u009b2J CSI', '8-bit  CSI'],
    ['NUL\u0000 BEL\u0007 DEL\u007f C1\u0085', 'NUL BEL DEL C1'],
    // An unterminated OSC loses only its control character, never the words after it.
    ['\u001b]0;words kept', ']0;words kept'],
  ])('%j → %j', (input, text) => {
    expect(stripControls(input)).toEqual({ text, removed: input.length - text.length });
  });
});

describe('hidden characters', () => {
  it('counts bidirectional controls and zero-width characters', () => {
    expect(countInvisibles('Ukraine \u202ecedes\u202c all\u200b of it\u2066x\u2069')).toEqual({
      bidi: 4,
      zeroWidth: 1,
    });
    expect(countInvisibles('Україна — plain')).toEqual({ bidi: 0, zeroWidth: 0 });
  });

  it('says what was found and where, naming the first five places', () => {
    expect(
      invisiblesNotice({ bidi: 2, zeroWidth: 1 }, ['point 1', 'point 2', '3', '4', '5', '6', '7']),
    ).toBe(
      'Hidden characters: 2 bidirectional control characters (such as a right-to-left override) and 1 zero-width character (such as a zero-width space) in point 1, point 2, 3, 4, 5 and 2 more. They can make a text display differently from what is stored and compared; they are kept, and shown isolated.',
    );
  });
});
