import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Point, Version } from '../model/types';
import { compareVersions } from './compare';
import { formatLabels } from './labels';
import { mirrorRow } from './mirror';
import type { Row, WordOp } from './rows';

const v = (id: string) => bundled.versions.find((x) => x.id === id)!;
const labels = (points: readonly Point[]) => points.map((p) => p.label).join(',');
const table = (rows: readonly Row[]) =>
  rows.map((r) => `${r.kind}${r.moved ? '*' : ''} ${labels(r.left)}→${labels(r.right)}`);
const join = (ops: readonly WordOp[], keep: WordOp['op']) =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');

function version(
  id: string,
  points: Array<[string, string]>,
  extra: Partial<Version> = {},
): Version {
  return {
    id,
    title: id,
    date: '2025-11-20',
    completeness: 'full-text',
    claimedPoints: points.length,
    claimedBy: [],
    reportedBy: ['A1'],
    summary: '',
    points: points.map(([label, text]) => ({ label, text, topics: ['security'], sources: ['A1'] })),
    ...extra,
  };
}

describe('compareVersions on the bundled drafts', () => {
  it('US 28 → European counter-proposal: the army cap is one change, 10a–10d merge into 10', () => {
    const c = compareVersions(v('us-28'), v('e3-counter'), bundled);
    const army = c.rows.find((r) => r.left[0]?.label === '6')!;
    expect(army.kind).toBe('changed');
    expect(army.link).toMatchObject({ kind: 'reported', sources: expect.arrayContaining(['E1']) });
    const ops = army.words?.kind === 'words' ? army.words.ops : [];
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toContain('600,000');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toContain('800,000');
    expect(table(c.rows)).toContain('merged 10a,10b,10c,10d→10');
    expect(table(c.rows)).toContain('removed 3→');
    expect(c.rows.find((r) => labels(r.left) === '10a,10b,10c,10d')!.link.kind).toBe('inferred');
  });

  it('US 28 → 20-point framework: renumbered 6 → 4, split 12 → 8, 9, new 10, amnesty dropped', () => {
    const rows = table(compareVersions(v('us-28'), v('zelensky-20'), bundled).rows);
    expect(rows).toEqual(
      expect.arrayContaining([
        'changed 6→4',
        'split 12→8,9',
        'added →10',
        'removed 26→',
        'merged 21a,21b,21c,21d→14',
      ]),
    );
  });

  it('rebuilds both texts exactly from every word diff', () => {
    for (const [a, b] of [
      ['us-28', 'e3-counter'],
      ['us-28', 'zelensky-20'],
      ['e3-counter', 'zelensky-20'],
    ] as const) {
      for (const row of compareVersions(v(a), v(b), bundled).rows) {
        if (row.words?.kind !== 'words') continue;
        expect(join(row.words.ops, 'delete')).toBe(row.left.map((p) => p.text).join(' '));
        expect(join(row.words.ops, 'insert')).toBe(row.right.map((p) => p.text).join(' '));
      }
    }
  });

  it('US 28 → Geneva 19 points: reported fates with sources, "not reported" for the rest, no guessed text', () => {
    const c = compareVersions(v('us-28'), v('geneva-19'), bundled);
    const byLabel = new Map(c.rows.map((r) => [r.left[0]!.label, r]));
    expect(byLabel.get('26')).toMatchObject({ kind: 'removed', link: { kind: 'fate' }, right: [] });
    expect(byLabel.get('26')!.fate![0]).toMatchObject({
      status: 'dropped',
      sources: expect.arrayContaining(['N6']),
    });
    expect(byLabel.get('21a')!.fate!.map((f) => f.status)).toEqual(['bracketed']);
    expect(
      byLabel
        .get('6')!
        .fate!.map((f) => f.status)
        .sort(),
    ).toEqual(['changed', 'dropped']);
    expect(byLabel.get('1')).toMatchObject({ kind: 'not-reported', link: { kind: 'none' } });
    expect(byLabel.get('1')!.fate).toBeUndefined();
    expect(c.rows.every((r) => r.right.length === 0)).toBe(true);
    expect(c.summary['not-reported']).toBe(c.rows.filter((r) => !r.fate).length);
    expect(c.notices.join(' ')).toMatch(/no text is public/);
  });

  it('carries fates through recorded correspondences (E3 21 ← US 21a–21d bracketed at Geneva)', () => {
    const c = compareVersions(v('e3-counter'), v('geneva-19'), bundled);
    expect(c.rows.find((r) => r.left[0]!.label === '21')!.fate!.map((f) => f.status)).toEqual([
      'bracketed',
    ]);
    expect(c.rows.find((r) => r.left[0]!.label === '26')!.kind).toBe('removed');
  });

  it('is the mirror image when the sides are swapped', () => {
    const ab = compareVersions(v('us-28'), v('geneva-19'), bundled);
    const ba = compareVersions(v('geneva-19'), v('us-28'), bundled);
    expect(ba.rows).toEqual(ab.rows.map(mirrorRow));
    expect(ba.summary.added).toBe(ab.summary.removed);
  });

  it('says when neither side has text and shows no rows', () => {
    const c = compareVersions(v('trump-22'), v('geneva-19'), bundled);
    expect(c.rows).toEqual([]);
    expect(c.notices).toHaveLength(2);
  });
});

describe('compareVersions without recorded correspondences', () => {
  const empty = { correspondences: [] };

  it('matches renumbered points by text, never by number', () => {
    const a = version('a', [
      ['1', 'Ukraine keeps its sovereignty.'],
      ['2', 'Elections within 100 days.'],
      ['3', 'A full amnesty for all parties.'],
    ]);
    const b = version('b', [
      ['1', 'Elections within 100 days.'],
      ['2', 'Ukraine keeps its sovereignty.'],
    ]);
    expect(table(compareVersions(a, b, empty).rows)).toEqual([
      'unchanged* 2→1',
      'unchanged 1→2',
      'removed 3→',
    ]);
  });

  it('keys rows by point ids, stable when unrelated points are inserted', () => {
    const a = version('a', [
      ['1', 'Sovereignty is confirmed.'],
      ['2', 'The army is capped at 600,000 personnel.'],
    ]);
    const b1 = version('b', [
      ['1', 'Sovereignty is confirmed.'],
      ['2', 'The army is capped at 800,000 personnel.'],
    ]);
    const b2 = version('b', [
      ['0', 'A new preamble about peace.'],
      ['1', 'Sovereignty is confirmed.'],
      ['2', 'The army is capped at 800,000 personnel.'],
    ]);
    const key = (c: ReturnType<typeof compareVersions>) =>
      c.rows.find((r) => r.kind === 'changed')!.key;
    expect(key(compareVersions(a, b1, empty))).toBe('L:a:2|R:b:2');
    expect(key(compareVersions(a, b2, empty))).toBe('L:a:2|R:b:2');
  });
});

describe('formatLabels', () => {
  it.each([
    [[], '—'],
    [['6'], '6'],
    [['10a', '10b', '10c', '10d'], '10a–10d'],
    [['3', '4', '5'], '3–5'],
    [['3', '5', '9'], '3, 5 and 9'],
    [['8', '9'], '8 and 9'],
    [['10a', '10b', '10c', '10d', '12'], '10a–10d and 12'],
    [['12', '12a'], '12 and 12a'],
  ])('%j → %s', (input, expected) => {
    expect(formatLabels(input)).toBe(expected);
  });
});

describe('honesty about partly known versions', () => {
  it('does not call a point removed when the other version is only partly known (E3 point 28 was not found)', () => {
    const row = compareVersions(v('us-28'), v('e3-counter'), bundled).rows.find(
      (r) => r.left[0]?.label === '28',
    )!;
    expect(row.kind).toBe('not-reported');
    expect(row.explain.join(' ')).toMatch(/no counterpart among the 26 known points/);
  });
});
