import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText, tokenize } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['', []],
    ['peace', ['peace']],
    ['  lead', ['  ', 'lead']],
    ["Ukraine's armed forces.", ["Ukraine's ", 'armed ', 'forces', '.']],
    ['don’t stop', ['don’t ', 'stop']],
    ['capped at 600,000 personnel', ['capped ', 'at ', '600,000 ', 'personnel']],
    ['3.5% of 2025.', ['3.5% ', 'of ', '2025', '.']],
    ['50% and $100', ['50% ', 'and ', '$100']],
    ['within 100 days of', ['within ', '100 days ', 'of']],
    ['a 60-day ceasefire', ['a ', '60-day ', 'ceasefire']],
    ['$800 billion fund', ['$800 billion ', 'fund']],
    ['for 10 years, 30 per cent', ['for ', '10 years', ', ', '30 per cent']],
    ['600,000 troops', ['600,000 ', 'troops']],
    ['in 2026 100 troops', ['in ', '2026 ', '100 ', 'troops']],
    ['600\u00a0000 осіб', ['600\u00a0000 ', 'осіб']],
    ['протягом 100 днів.', ['протягом ', '100 днів', '.']],
    ['Збройні сили України', ['Збройні ', 'сили ', 'України']],
    ['point 10a and 2nd', ['point ', '10a ', 'and ', '2nd']],
    ['self-defence', ['self', '-', 'defence']],
    ['line\r\nnext', ['line\r\n', 'next']],
    ['100 daysx', ['100 ', 'daysx']],
    ['Zaporizhzhia — NPP', ['Zaporizhzhia ', '— ', 'NPP']],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('rebuilds every text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        (text) => tokenize(text).join('') === text,
      ),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (text) => tokenize(text).join('') === text,
      ),
    );
  });
});

describe('splitText', () => {
  it('separates words from the whitespace after them', () => {
    expect(splitText(' a  b\n')).toEqual({ words: ['a', 'b'], gaps: [' ', '  ', '\n'] });
    expect(splitText('100 days.')).toEqual({ words: ['100 days', '.'], gaps: ['', '', ''] });
  });

  it('rebuilds every text as gaps[0] + words[k] + gaps[k + 1]…', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { words, gaps } = splitText(text);
        return gaps.length === words.length + 1 &&
          words.every((w) => w.length > 0 && !/^\s/.test(w))
          ? (gaps[0] ?? '') + words.map((w, k) => w + (gaps[k + 1] ?? '')).join('') === text
          : false;
      }),
    );
  });
});
