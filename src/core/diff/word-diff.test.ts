import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordDiff, WordOp } from './words';
import { wordDiff } from './word-diff';

const ops = (d: WordDiff): WordOp[] => (d.kind === 'words' ? d.ops : []);
const join = (list: readonly WordOp[], keep: WordOp['op']): string =>
  list
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');

describe('wordDiff', () => {
  it('changes a troop cap as whole numbers', () => {
    expect(
      ops(
        wordDiff(
          "Ukraine's armed forces are capped at 600,000 personnel.",
          "Ukraine's forces are capped at 800,000 in peacetime.",
        ),
      ),
    ).toEqual([
      { op: 'equal', text: "Ukraine's " },
      { op: 'delete', text: 'armed ' },
      { op: 'equal', text: 'forces are capped at ' },
      { op: 'delete', text: '600,000' },
      { op: 'insert', text: '800,000' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'personnel' },
      { op: 'insert', text: 'in peacetime' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('replaces a deadline with a phrase in one change', () => {
    expect(ops(wordDiff('within 100 days', 'as soon as possible after signing'))).toEqual([
      { op: 'delete', text: 'within 100 days' },
      { op: 'insert', text: 'as soon as possible after signing' },
    ]);
  });

  it('reads "within 100 days" → "within 60 days" as one change of the deadline', () => {
    expect(
      ops(
        wordDiff('Elections within 100 days of signing.', 'Elections within 60 days of signing.'),
      ),
    ).toEqual([
      { op: 'equal', text: 'Elections within ' },
      { op: 'delete', text: '100 days' },
      { op: 'insert', text: '60 days' },
      { op: 'equal', text: ' of signing.' },
    ]);
  });

  it.each([
    [
      'a share of 30 per cent of the fund',
      'a share of 40 per cent of the fund',
      '30 per cent',
      '40 per cent',
    ],
    [
      'a zone of 5 square kilometres around',
      'a zone of 8 square kilometres around',
      '5 square kilometres',
      '8 square kilometres',
    ],
    [
      'a cap of 600\u00a0000 осіб у',
      'a cap of 800\u00a0000 осіб у',
      '600\u00a0000',
      '800\u00a0000',
    ],
  ])('keeps multi-word quantities whole: %j', (left, right, deleted, inserted) => {
    const list = ops(wordDiff(left, right));
    expect(list.filter((o) => o.op === 'delete').map((o) => o.text)).toEqual([deleted]);
    expect(list.filter((o) => o.op === 'insert').map((o) => o.text)).toEqual([inserted]);
  });

  it('diffs Cyrillic words and keeps punctuation apart', () => {
    expect(ops(wordDiff('Збройні сили України.', 'Збройні сили Росії.'))).toEqual([
      { op: 'equal', text: 'Збройні сили ' },
      { op: 'delete', text: 'України' },
      { op: 'insert', text: 'Росії' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('keeps whitespace changes as changes, never dropping them', () => {
    expect(ops(wordDiff('a  b', 'a b'))).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: ' ' },
      { op: 'equal', text: ' b' },
    ]);
    expect(ops(wordDiff('peace deal', 'peace deal '))).toEqual([
      { op: 'equal', text: 'peace deal' },
      { op: 'insert', text: ' ' },
    ]);
  });

  it('has fast paths for equal and empty texts', () => {
    expect(wordDiff('same', 'same')).toEqual({
      kind: 'words',
      ops: [{ op: 'equal', text: 'same' }],
    });
    expect(wordDiff('', '')).toEqual({ kind: 'words', ops: [] });
    expect(wordDiff('', 'new')).toEqual({ kind: 'words', ops: [{ op: 'insert', text: 'new' }] });
    expect(wordDiff('old', '')).toEqual({ kind: 'words', ops: [{ op: 'delete', text: 'old' }] });
  });

  it('says so when the budget runs out', () => {
    // Every other word changed: 200 edits, many short equal runs.
    const left = Array.from({ length: 200 }, (_, i) => `the alpha${i}`).join(' ');
    const right = Array.from({ length: 200 }, (_, i) => `the beta${i}`).join(' ');
    // The clock (`timeoutMs`) is a backstop whose outcome depends on the machine's load: here it
    // is set out of reach, so the edit budget alone decides, on a busy machine too.
    const noClock = { timeoutMs: 600_000 };
    expect(wordDiff(left, right, { ...noClock, maxEditLength: 100 })).toEqual({
      kind: 'rewritten',
      reason: 'too many differences to show word by word (more than 100 words changed)',
    });
    expect(wordDiff(left, right, { maxComplexity: 1000 })).toEqual({
      kind: 'rewritten',
      reason: 'too many differences to show word by word (399 × 399 words)',
    });
    // Within the default budget the same pair is a word diff.
    expect(wordDiff(left, right, noClock).kind).toBe('words');
    // Texts with no word in common are one deletion and one insertion, at any length.
    const other = Array.from({ length: 2000 }, (_, i) => `gamma${i}`).join(' ');
    expect(ops(wordDiff(left, other, { maxEditLength: 10 }))).toEqual([
      { op: 'delete', text: left },
      { op: 'insert', text: other },
    ]);
  });

  const word = fc.constantFrom(
    'peace',
    'forces',
    'Ukraine',
    "Ukraine's",
    'NATO',
    'мир',
    'сили',
    'Zaporizhzhia',
    'the',
    'a',
    '600,000',
    '800,000',
    '3.5',
    '50%',
    '$100',
    '100 days',
    '60-day',
    '2026',
    '10a',
    '—',
    '.',
    ',',
    '"',
  );
  const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '', '\r\n');
  const prose = fc
    .array(fc.tuple(word, space), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  const text = fc.oneof(
    prose,
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );
  const edited = fc
    .tuple(prose, prose)
    .chain(([a, b]) =>
      fc.constantFrom<[string, string]>(
        [a, b],
        [a, a + b],
        [b + a, a],
        [a.replace(/\s+/g, ' '), a],
        [a, a.toUpperCase()],
      ),
    );

  it('rebuilds both texts exactly, with no empty ops and no neighbours of one kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), edited), ([left, right]) => {
        const d = wordDiff(left, right);
        expect(d.kind).toBe('words');
        const list = ops(d);
        expect(join(list, 'delete')).toBe(left);
        expect(join(list, 'insert')).toBe(right);
        for (let k = 0; k < list.length; k += 1) {
          expect(list[k]?.text).not.toBe('');
          if (k > 0) expect(list[k]?.op).not.toBe(list[k - 1]?.op);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('puts the deleted text of a change before the inserted text', () => {
    fc.assert(
      fc.property(prose, prose, (left, right) => {
        const list = ops(wordDiff(left, right));
        for (let k = 1; k < list.length; k += 1) {
          if (list[k]?.op === 'delete' && list[k - 1]?.op === 'insert') {
            // Only allowed after a number pair split off at the head of a change ("600,000" → "800,000").
            expect(list[k - 1]?.text).toMatch(/^\s*[$€£¥₴₽]?\d/);
          }
        }
      }),
    );
  });
});
