import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Point, Version } from '../model/types';
import { compareVersions } from './compare';
import { rowWithPoint } from './filter';
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

/** "status basis left→right" per row, with the content of merges and splits. */
const claims = (rows: readonly Row[]) =>
  rows.map(
    (r) =>
      `${r.kind}${r.kind === 'merged' || r.kind === 'split' ? `(${r.content})` : ''} ${r.basis.kind} ${labels(r.left)}→${labels(r.right)}`,
  );

describe('compareVersions on the bundled drafts (issue #11: every row claims only what a source says)', () => {
  it('US 28 → 20-point framework: only 7, 10a and 26 dropped; nine rows unknown; 1, 5, 18, 22, 24, 27 kept', () => {
    const c = compareVersions(v('us-28'), v('zelensky-20'), bundled);
    const of = (kind: Row['kind']) =>
      c.rows.filter((r) => r.kind === kind).map((r) => labels(r.left));
    expect(of('dropped')).toEqual(['7', '10a', '26']);
    expect(
      c.rows.filter((r) => r.kind === 'dropped').map((r) => `${labels(r.left)} ${r.basis.kind}`),
    ).toEqual(['7 reported', '10a reported', '26 inferred']);
    // Absent from Zelensky's summaries: their fate is not known (20c and 20d, the media and
    // "Nazi ideology" parts of US 20, are absent too).
    expect(of('unknown')).toEqual([
      '3',
      '4',
      '8',
      '9',
      '13a,13b,13c',
      '14a,14b,14c',
      '15',
      '17',
      '20c',
      '20d',
    ]);
    expect(
      c.rows.filter((r) => r.kind === 'kept').map((r) => `${labels(r.left)}→${labels(r.right)}`),
    ).toEqual(['1→1', '5→3', '16→6', '18→11', '22→15', '24→17', '27→19']);
    expect(c.rows.filter((r) => r.kind === ('removed' as never))).toEqual([]);
    expect(c.summary.counts).toMatchObject({ dropped: 3, unknown: 10, kept: 7 });
  });

  it('US 28 → 20-point framework: reported changes carry their sources and the change as stated', () => {
    const c = compareVersions(v('us-28'), v('zelensky-20'), bundled);
    const army = rowWithPoint(c.rows, 'left', '6')!;
    expect(army).toMatchObject({
      kind: 'changed',
      basis: { kind: 'reported', sources: ['Z1', 'X2'] },
      change: { from: '600,000', to: '800,000 in peacetime' },
      wording: 'summaries',
    });
    expect(claims(c.rows)).toEqual(
      expect.arrayContaining([
        'changed reported 6→4',
        'split(changed) inferred 12→8,9',
        'added inferred →10',
        'merged(changed) reported 21a,21b,21c,21d→14',
        'merged(kept) inferred 20a,20b→13',
        'changed reported 25→18',
        'changed inferred 28→20',
      ]),
    );
  });

  it('keeps the word diff of two summaries out of the claim: 24 → 17 is kept, its wording muted', () => {
    const c = compareVersions(v('us-28'), v('zelensky-20'), bundled);
    const row = rowWithPoint(c.rows, 'left', '24')!;
    expect(row.kind).toBe('kept');
    expect(row.wording).toBe('summaries');
    expect(row.words?.kind).toBe('words');
    expect(row.basis).toEqual({ kind: 'inferred' });
  });

  it('US 28 → E3: the army cap is one reported change, marked word by word; 10a–10d merge into 10 (reported)', () => {
    const c = compareVersions(v('us-28'), v('e3-counter'), bundled);
    const army = rowWithPoint(c.rows, 'left', '6')!;
    expect(army.kind).toBe('changed');
    expect(army.wording).toBe('changes');
    expect(army.basis).toMatchObject({ kind: 'reported', sources: expect.arrayContaining(['E3']) });
    const ops = army.words?.kind === 'words' ? army.words.ops : [];
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toContain('600,000');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toContain('800,000');
    expect(claims(c.rows)).toEqual(
      expect.arrayContaining([
        'merged(changed) reported 10a,10b,10c,10d→10',
        'merged(kept) reported 13a,13b,13c→13',
        'merged(changed) reported 14a,14b,14c→14',
        'merged(changed) reported 21a,21b,21c,21d→21',
        'dropped reported 3→',
        'unchanged reported 19→19',
      ]),
    );
  });

  it('US 28 → E3: what only the anonymous forum copy holds is inferred, never reported by Reuters', () => {
    const c = compareVersions(v('us-28'), v('e3-counter'), bundled);
    for (const label of ['15', '16', '17', '18', '22', '23', '24', '25', '26', '27'])
      expect([label, rowWithPoint(c.rows, 'left', label)!.basis.kind]).toEqual([label, 'inferred']);
    // An unverified absence is not a change: E3 26 lists relief for victims and no amnesty clause.
    expect(rowWithPoint(c.rows, 'left', '26')).toMatchObject({ kind: 'unknown', why: 'recorded' });
    // No word of 27 is struck: nobody says the sanctions were removed; the copy is shorter.
    expect(rowWithPoint(c.rows, 'left', '27')).toMatchObject({
      kind: 'kept',
      wording: 'summaries',
    });
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

  it('US 28 → Geneva 19 points: reported fates with sources, brackets open, "not reported" for the rest', () => {
    const c = compareVersions(v('us-28'), v('geneva-19'), bundled);
    const byLabel = new Map(c.rows.map((r) => [r.left[0]!.label, r]));
    // Dropped (DW, ABC News, RBC-Ukraine) or modified (FT, Axios): changed either way, and disputed.
    expect(byLabel.get('26')).toMatchObject({ kind: 'changed', disputed: true, right: [] });
    expect(byLabel.get('26')!.readings!.map((r) => r.status)).toEqual(['dropped', 'changed']);
    for (const label of ['3', '4', '7', '8', '21a', '21b', '21c', '21d'])
      expect([label, byLabel.get(label)!.kind]).toEqual([label, 'open']);
    expect(byLabel.get('6')).toMatchObject({ kind: 'changed', disputed: true });
    // Changed in detail (US media) and kept in substance (Zelensky): a refinement, not a dispute.
    expect(byLabel.get('24')).toMatchObject({ kind: 'changed', disputed: false });
    expect(byLabel.get('1')).toMatchObject({ kind: 'not-reported', basis: { kind: 'none' } });
    expect(byLabel.get('1')!.readings).toBeUndefined();
    expect(c.rows.every((r) => r.right.length === 0)).toBe(true);
    expect(c.summary.counts['not-reported']).toBe(c.rows.filter((r) => !r.readings).length);
    expect(c.notices.join(' ')).toMatch(/no text is public/);
  });

  it('carries fates over kept or changed links only (E3 21 ← US 21a–21d, open at Geneva)', () => {
    const c = compareVersions(v('e3-counter'), v('geneva-19'), bundled);
    expect(rowWithPoint(c.rows, 'left', '21')).toMatchObject({ kind: 'open' });
    // E3 26's link to the US amnesty clause is unknown: the Geneva fate of the clause says nothing about it.
    expect(rowWithPoint(c.rows, 'left', '26')!.kind).toBe('not-reported');
  });

  it('joins two unlinked versions through the one both are linked to, as an inference', () => {
    const c = compareVersions(v('e3-counter'), v('zelensky-20'), bundled);
    expect(c.via?.id).toBe('us-28');
    expect(c.notices.join(' ')).toMatch(/joins their recorded links to US 28-point draft/);
    expect(c.rows.every((r) => r.basis.kind === 'inferred')).toBe(true);
    // Both made the same stated change to US 6: kept between them.
    expect(rowWithPoint(c.rows, 'left', '6')).toMatchObject({
      kind: 'kept',
      right: [expect.objectContaining({ label: '4' })],
      basis: { kind: 'inferred', via: 'us-28' },
    });
    // E3 changed US 7, the 20 points dropped it.
    expect(rowWithPoint(c.rows, 'left', '7')!.kind).toBe('dropped');
    // E3 kept US 11, the 20 points changed it: the change reads as the 20 points state it.
    expect(rowWithPoint(c.rows, 'left', '11')).toMatchObject({
      kind: 'changed',
      change: { from: 'eligible for EU membership', to: 'EU member by a fixed date' },
    });
    // What E3's link leaves unknown stays unknown.
    expect(rowWithPoint(c.rows, 'left', '26')!.kind).toBe('unknown');
  });

  it('is the mirror image when the sides are swapped', () => {
    for (const [a, b] of [
      ['us-28', 'geneva-19'],
      ['us-28', 'zelensky-20'],
    ] as const) {
      const ab = compareVersions(v(a), v(b), bundled);
      const ba = compareVersions(v(b), v(a), bundled);
      expect(new Set(ba.rows.map((r) => r.key))).toEqual(
        new Set(ab.rows.map(mirrorRow).map((r) => r.key)),
      );
      for (const row of ab.rows.map(mirrorRow))
        expect(ba.rows.find((r) => r.key === row.key)).toMatchObject({
          kind: row.kind,
          basis: row.basis,
          ...(row.change ? { change: row.change } : {}),
        });
      expect(ba.summary.counts.added).toBe(ab.summary.counts.dropped);
    }
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
      'dropped 3→',
    ]);
    const rows = compareVersions(a, b, empty).rows;
    expect(rows[2]!.basis).toEqual({ kind: 'engine' });
    expect(rows[0]!.basis).toMatchObject({ kind: 'engine', similarity: 1 });
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
  it('does not call a point dropped when the other version is only partly known (E3 point 28 was not found)', () => {
    const row = rowWithPoint(
      compareVersions(v('us-28'), v('e3-counter'), bundled).rows,
      'left',
      '28',
    )!;
    expect(row).toMatchObject({ kind: 'unknown', why: 'recorded', basis: { kind: 'inferred' } });
    expect(row.note).toMatch(/not found in any copy consulted/);
  });

  it('a partial draft without links: points it does not mention are unknown, never dropped', () => {
    const full = version('a', [
      ['1', 'Ukraine keeps its sovereignty.'],
      ['2', 'Elections within 100 days.'],
    ]);
    const partial = version('b', [['1', 'Ukraine keeps its sovereignty.']], {
      completeness: 'partial-text',
      claimedPoints: null,
    });
    const rows = compareVersions(full, partial, { correspondences: [] }).rows;
    expect(rows.map((r) => `${r.kind} ${labels(r.left)}`)).toEqual(['unchanged 1', 'unknown 2']);
    expect(rows[1]).toMatchObject({ why: 'incomplete', basis: { kind: 'none' } });
    expect(rows[1]!.explain).toContain('no counterpart among the 1 known points of b');
  });
});
