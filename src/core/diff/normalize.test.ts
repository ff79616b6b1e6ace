import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWords, numberingLength, WordScanner } from './normalize';

describe('numberingLength', () => {
  it.each([
    ['12. Ukraine will', '12. '],
    ['10a) The parties', '10a) '],
    ['(b) Russia', '(b) '],
    ['IV. Security', 'IV. '],
    ['1.2. Sanctions', '1.2. '],
    ['Article 5 guarantees', 'Article 5 '],
    ['Point 12: elections', 'Point 12: '],
    ['Пункт 3. Вибори', 'Пункт 3. '],
    ['100 days after signing', ''],
    ['A ceasefire', ''],
    ['3.5 million people', ''],
    ['U.S. guarantees', ''],
    ['', ''],
  ])('%j', (text, numbering) => {
    expect(numberingLength(text)).toBe(numbering.length);
  });
});

describe('matchWords', () => {
  it('keeps numbers and inner apostrophes, drops case, punctuation and numbering', () => {
    expect(matchWords("12. Ukraine's army: 600,000 (3.5%) — within 100 DAYS!")).toEqual([
      "ukraine's",
      'army',
      '600,000',
      '3.5',
      'within',
      '100',
      'days',
    ]);
    expect(matchWords('Збройні Сили — don’t')).toEqual(['збройні', 'сили', "don't"]);
  });
});

describe('WordScanner', () => {
  const scanner = new WordScanner();
  const hashes = (text: string): number[] => {
    const n = scanner.scan(text);
    return Array.from(scanner.hashes.subarray(0, n));
  };
  const word = fc.constantFrom(
    'Peace',
    'PEACE',
    'peace',
    "Ukraine's",
    'ukraine’s',
    '600,000',
    '3.5',
    '1.2.3',
    'Зброя',
    'ЗБРОЯ',
    'Σοφία',
    '𝐀𝐁',
    'x',
    '10a',
    '2nd',
    "'",
    '’',
    '.',
    ',',
    '-',
    '—',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '½',
    '٣',
  );
  const text = fc.oneof(
    fc.array(word, { maxLength: 30 }).map((w) => w.join('')),
    fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );

  it('finds the same words as matchWords, where they are', () => {
    fc.assert(
      fc.property(text, (t) => {
        const n = scanner.scan(t);
        const found = Array.from({ length: n }, (_, k) => scanner.word(t, k));
        expect(found).toEqual(matchWords(t));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes equal words equally, whatever their case or apostrophe', () => {
    fc.assert(
      fc.property(text, (t) => {
        const upper = t.toUpperCase();
        // Upper-casing can change the words themselves (ß → SS); compare only where it does not.
        fc.pre(JSON.stringify(matchWords(upper)) === JSON.stringify(matchWords(t)));
        expect(hashes(upper)).toEqual(hashes(t));
      }),
    );
    expect(hashes("Ukraine's")).toEqual(hashes('UKRAINE’S'));
  });

  it('gives equal sequence keys to texts with equal words', () => {
    scanner.scan('12. The Parties agree: a ceasefire.');
    const a = scanner.sequence;
    scanner.scan('14) the parties agree — a CEASEFIRE');
    expect(scanner.sequence).toBe(a);
    scanner.scan('The parties agree a ceasefire now');
    expect(scanner.sequence).not.toBe(a);
  });
});
