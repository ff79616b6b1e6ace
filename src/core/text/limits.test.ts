// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  bytesProblem,
  countLines,
  formatBytes,
  IMPORT_LIMITS,
  limitsSentence,
  linesProblem,
  pointLengthProblem,
  pointsProblem,
  utf8Length,
} from './limits';

describe('the import size policy', () => {
  it('names the limit and the input’s size', () => {
    expect(pointsProblem(20_000)).toBe(
      'This draft has 20,000 points; the limit is 10,000. Import it in parts.',
    );
    expect(pointsProblem(10_000)).toBeNull();
    expect(bytesProblem(12 * 1024 * 1024, 'The pasted text')).toBe(
      'The pasted text is 12 MB; the limit is 5 MB. Import the draft in parts.',
    );
    expect(bytesProblem(6.3 * 1024 * 1024, 'This file')).toMatch(
      /^This file is 6\.3 MB; the limit is 5 MB/,
    );
    expect(bytesProblem(IMPORT_LIMITS.bytes, 'This file')).toBeNull();
    expect(linesProblem(250_000)).toBe(
      'This draft has 250,000 lines; the limit is 100,000. Import it in parts.',
    );
    expect(pointLengthProblem('9999', 660_122, 9999)).toBe(
      'Point 9999 (from line 9,999) has 660,122 characters; the limit is 20,000 per point. Check its numbering, or choose another numbering style.',
    );
    expect(pointLengthProblem('1', 20_000, 1)).toBeNull();
  });

  it('states every limit in one sentence for the dialog and --help', () => {
    expect(limitsSentence()).toBe(
      'Up to 5 MB, 100,000 lines and 10,000 points (20,000 characters per point); JSON files up to 16 levels deep.',
    );
  });

  it.each([
    [0, '0 bytes'],
    [812, '812 bytes'],
    [400 * 1024, '400 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [12.04 * 1024 * 1024, '12.0 MB'],
  ])('formats %d bytes as %s', (n, text) => expect(formatBytes(n)).toBe(text));

  it('counts UTF-8 bytes as the encoder does', () => {
    for (const s of ['', 'abc', 'Пункт 1', '“quoted” – €', '😀 ok', '\ud800 lone', 'x\udc00'])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });

  it('counts lines, and stops counting past a bound', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb\nc')]).toEqual([
      0, 1, 2, 3,
    ]);
    expect(countLines('\n'.repeat(1000), 10)).toBe(11);
  });
});
