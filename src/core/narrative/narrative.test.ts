import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import { compareVersions } from '../compare/compare';
import { summarize, type Comparison, type Row, type RowKind, type WordOp } from '../compare/rows';
import type { Point, Source } from '../model/types';
import {
  describeEntry,
  describeRow,
  entryCounts,
  isChangedRow,
  outletNames,
  reportingIds,
  wordChangeParts,
} from './narrative';

const v = (id: string) => bundled.versions.find((x) => x.id === id)!;
const compare = (l: string, r: string) => compareVersions(v(l), v(r), bundled);
const rowWith = (c: Comparison, side: 'left' | 'right', label: string) =>
  c.rows.find((r) => r[side].some((p) => p.label === label))!;
const tell = (c: Comparison, row: Row) => describeRow(row, c.left, c.right, bundled.sources);

describe('describeRow on the bundled data', () => {
  it('US 28-point draft 6 → European 6: the army cap, in words, with the flag and the outlet', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '6'))).toBe(
      'Point 6 (was 6): “600,000” changed to “800,000”; “personnel” changed to “in peacetime”. ' +
        'Disputed in European (E3) counter-proposal. Reported by The Telegraph and Reuters.',
    );
  });

  it('a point the right-hand version dropped names that version and who reported the drop', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '3'))).toBe(
      'Point 3 removed: not in European (E3) counter-proposal. Reported by The Telegraph and Reuters.',
    );
  });

  it('a merge says which points went into which', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '10a'))).toMatch(/^Points 10a–10d merged into point 10: /);
  });

  it('a split and a move are said in words', () => {
    const c = compare('us-28', 'zelensky-20');
    expect(tell(c, rowWith(c, 'left', '12'))).toMatch(/^Point 12 split into points 8 and 9: /);
    const moved = c.rows.find((r) => r.moved && r.kind === 'changed')!;
    expect(tell(c, moved)).toMatch(/^Point \S+ \(was \S+\), moved: /);
  });

  it('fates: the version without text, the reading and its outlets ("reported dropped — DW")', () => {
    const c = compare('us-28', 'geneva-19');
    expect(tell(c, rowWith(c, 'left', '26'))).toBe(
      'Point 26 of US 28-point draft, in Geneva 19-point draft (FT): reported dropped — DW (Stefanishyna), ABC News.',
    );
    expect(tell(c, rowWith(c, 'left', '6'))).toBe(
      'Point 6 of US 28-point draft, in Geneva 19-point draft (FT): outlets disagree: ' +
        'reported changed — US media; reported dropped — ABC News.',
    );
    expect(tell(c, rowWith(c, 'left', '1'))).toBe(
      'Point 1 of US 28-point draft, in Geneva 19-point draft (FT): not reported; nothing is guessed.',
    );
  });

  it('fates read the same with the sides swapped (mirrored rows)', () => {
    const c = compare('geneva-19', 'us-28');
    expect(tell(c, rowWith(c, 'right', '26'))).toBe(
      'Point 26 of US 28-point draft, in Geneva 19-point draft (FT): reported dropped — DW (Stefanishyna), ABC News.',
    );
  });

  it('never says "left" or "right" for any row of any bundled pair', () => {
    const ids = bundled.versions.map((x) => x.id);
    for (const l of ids)
      for (const r of ids) {
        const c = compare(l, r);
        for (const row of c.rows) {
          // Sides by title only. Quoted words are the drafts' own ("What is left…"), and "left to
          // the presidents" is a fate, not a side.
          expect(tell(c, row).replace(/“[^”]*”/g, '')).not.toMatch(
            /\b(left|right)(-hand)? (side|version|column)\b|\b(on|the) (left|right)\b/i,
          );
        }
      }
  });
});

describe('describeEntry', () => {
  it('names both versions, gives the counts with changes first, and how numbers read', () => {
    const c = compare('us-28', 'e3-counter');
    const s = c.summary;
    expect(describeEntry(c)).toBe(
      `US 28-point draft compared with European (E3) counter-proposal: ${entryCounts(s)}. ` +
        'Point numbers are those of European (E3) counter-proposal; “was” gives the number in US 28-point draft.',
    );
    expect(entryCounts(s)).toMatch(/^\d+ changed, \d+ removed, .*\d+ unchanged$/);
  });

  it('says which side has no text', () => {
    expect(describeEntry(compare('us-28', 'geneva-19'))).toMatch(
      /No text of Geneva 19-point draft \(FT\) is public: point numbers are those of US 28-point draft\.$/,
    );
  });

  it('counts in the spoken order, zero counts left out', () => {
    const summary = summarize([]);
    expect(entryCounts(summary)).toBe('no points to compare');
    expect(
      entryCounts({ ...summary, unchanged: 3, removed: 3, changed: 12, 'not-reported': 1 }),
    ).toBe('12 changed, 3 removed, 1 not reported, 3 unchanged');
  });
});

describe('wordChangeParts', () => {
  const ops = (...pairs: Array<[WordOp['op'], string]>): WordOp[] =>
    pairs.map(([op, text]) => ({ op, text }));

  it('pairs a deletion with the insertion after it; counts lone additions and removals', () => {
    expect(
      wordChangeParts(
        ops(
          ['equal', 'Armed forces of '],
          ['delete', '600,000'],
          ['insert', '800,000 in peacetime'],
          ['equal', ', and '],
          ['insert', 'three more words'],
          ['equal', ' end.'],
        ),
      ),
    ).toEqual(['“600,000” changed to “800,000 in peacetime”', '3 words added']);
  });

  it('counts long passages instead of quoting them, and stops spelling pairs after five', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(wordChangeParts(ops(['delete', long], ['insert', 'short']))).toEqual([
      '13 words replaced by 1',
    ]);
    const many = Array.from({ length: 7 }, (_, i) =>
      ops(['equal', ` e${i} `], ['delete', `a${i}`], ['insert', `b${i}`]),
    ).flat();
    const parts = wordChangeParts(many);
    expect(parts).toHaveLength(6);
    expect(parts[5]).toBe('2 more passages changed');
  });

  it('punctuation alone is not a word', () => {
    expect(
      wordChangeParts(ops(['equal', 'a'], ['insert', ' –'], ['equal', ' b'], ['delete', ' c'])),
    ).toEqual(['1 word removed', 'punctuation changed']);
  });
});

describe('outlets', () => {
  const src = (id: string, outlet: string): [string, Source] => [
    id,
    { id, outlet, url: `https://example.org/${id}`, date: '2025-11-23', holds: '' },
  ];
  const sources = new Map([
    src('a', 'The Telegraph and Reuters'),
    src('b', 'Reuters'),
    src('c', 'Reutersville'),
    src('d', 'DW'),
  ]);

  it('each outlet once; one named inside another is left out', () => {
    expect(outletNames(['a', 'b', 'c', 'b', 'd'], sources)).toEqual([
      'The Telegraph and Reuters',
      'Reutersville',
      'DW',
    ]);
    expect(outletNames(['zz'], sources)).toEqual(['zz']);
  });

  it('credits the right-hand text, else a reported link, never a removed text', () => {
    const point = (label: string, sources: string[]): Point => ({
      label,
      text: 't',
      topics: [],
      sources,
    });
    const row = (kind: RowKind, left: Point[], right: Point[], link: Row['link']): Row => ({
      key: kind,
      kind,
      moved: false,
      left,
      right,
      link,
      explain: [],
    });
    expect(
      reportingIds(
        row('changed', [point('1', ['a'])], [point('1', ['b', 'c', 'b'])], { kind: 'none' }),
      ),
    ).toEqual(['b', 'c']);
    expect(
      reportingIds(row('removed', [point('1', ['a'])], [], { kind: 'reported', sources: ['d'] })),
    ).toEqual(['d']);
    expect(reportingIds(row('removed', [point('1', ['a'])], [], { kind: 'inferred' }))).toEqual([]);
  });
});

describe('isChangedRow', () => {
  it('is every row that is not quiet: unchanged, kept, unknown and not reported rows are not changes', () => {
    const c = compare('us-28', 'e3-counter');
    expect(c.rows.filter(isChangedRow).length).toBe(
      c.rows.length - c.summary.unchanged - c.summary['not-reported'],
    );
    const geneva = compare('us-28', 'geneva-19');
    expect(geneva.rows.filter(isChangedRow).length).toBe(12);
  });
});
