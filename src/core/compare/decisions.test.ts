import { describe, expect, it } from 'vitest';
import type { Point, Version } from '../model/types';
import { compareVersions } from './compare';
import { parseMatchDecision } from './decision-schema';
import {
  applyDecisions,
  decideRow,
  decisionId,
  isPossibleMatch,
  newerDecision,
  type AppliedDecision,
  type MatchDecision,
} from './decisions';
import type { Comparison, Row } from './rows';

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
    reportedBy: [],
    summary: '',
    points: points.map(([label, text]) => ({ label, text, topics: [], sources: [] })),
    ...extra,
  };
}

// A draft and a reworded copy: 2 is reworded (a possible match between matched neighbours).
const BASE = version('base', [
  ['1', "Ukraine's sovereignty will be confirmed."],
  ['2', 'European fighter jets will be stationed in Poland.'],
  ['3', 'Elections will be held in Ukraine within 100 days after the signing of the agreement.'],
]);
const REWORDED = version('reworded', [
  ['1', "Ukraine's sovereignty will be confirmed."],
  ['2', 'Jets of the allies are deployed to Polish airfields.'],
  ['3', 'Elections will be held in Ukraine within 100 days after the signing of the agreement.'],
]);
const NO_LINKS = { correspondences: [] };
const AT = '2026-12-02T03:00:00.000Z';

const labels = (points: readonly Point[]) => points.map((p) => p.label).join(',');
/** "status basis left→right" per row. */
const table = (rows: readonly Row[]) =>
  rows.map((r) => `${r.kind} ${r.basis.kind} ${labels(r.left)}→${labels(r.right)}`);

function decided(c: Comparison, verdict: MatchDecision['verdict'], by: AppliedDecision['by']) {
  const row = c.rows.find(isPossibleMatch)!;
  const decision = decideRow(row, c.left, c.right, verdict, AT);
  return applyDecisions(c, (id) => (id === decision.id ? { decision, by } : undefined));
}

describe('decisions on possible matches', () => {
  it('the engine marks a reworded pairing as a possible match, with its confidence', () => {
    const c = compareVersions(BASE, REWORDED, NO_LINKS);
    expect(table(c.rows)).toEqual([
      'unchanged engine 1→1',
      'changed engine 2→2',
      'unchanged engine 3→3',
    ]);
    expect(c.rows.filter(isPossibleMatch).map((r) => r.key)).toEqual(['L:base:2|R:reworded:2']);
    expect(c.rows[1]!.basis).toEqual({
      kind: 'engine',
      similarity: 0.2125,
      confidence: 0.69,
      tier: 'possible',
    });
  });

  it('a confirmed pairing keeps its status and is the reader’s decision, never reported', () => {
    const c = decided(compareVersions(BASE, REWORDED, NO_LINKS), 'confirmed', 'you');
    expect(table(c.rows)).toEqual([
      'unchanged engine 1→1',
      'changed reader 2→2',
      'unchanged engine 3→3',
    ]);
    expect(c.rows[1]!.basis).toEqual({
      kind: 'reader',
      verdict: 'confirmed',
      decision: 'base:2|reworded:2',
      by: 'you',
      similarity: 0.2125,
    });
    expect(c.rows[1]!.explain[0]).toBe('the same point: your decision');
    expect(c.summary.byBasis.changed).toEqual({
      reported: 0,
      inferred: 0,
      engine: 0,
      reader: 1,
      none: 0,
    });
  });

  it('a rejected pairing shows the two points apart, as dropped and added', () => {
    const c = decided(compareVersions(BASE, REWORDED, NO_LINKS), 'rejected', 'sender');
    expect(table(c.rows)).toEqual([
      'unchanged engine 1→1',
      'dropped reader 2→',
      'added reader →2',
      'unchanged engine 3→3',
    ]);
    expect(c.rows.map((r) => r.key)).toEqual([
      'L:base:1|R:reworded:1',
      'L:base:2|R:',
      'L:|R:reworded:2',
      'L:base:3|R:reworded:3',
    ]);
    expect(c.rows[1]!.explain).toEqual([
      "not the same point as 2 of reworded: the link sender's decision",
    ]);
    expect(c.rows[1]!.words).toBeUndefined();
    expect(c.summary.counts.dropped).toBe(1);
    expect(c.summary.counts.added).toBe(1);
  });

  it('a rejected point of a draft not fully known is unknown, not dropped', () => {
    const partial = { ...REWORDED, completeness: 'partial-text' as const };
    const c = decided(compareVersions(BASE, partial, NO_LINKS), 'rejected', 'you');
    expect(table(c.rows)[1]).toBe('unknown reader 2→');
  });

  it('holds with the versions on either side: the id is derived from the point ids', () => {
    const forward = compareVersions(BASE, REWORDED, NO_LINKS);
    const back = compareVersions(REWORDED, BASE, NO_LINKS);
    const f = forward.rows.find(isPossibleMatch)!;
    const b = back.rows.find(isPossibleMatch)!;
    const df = decideRow(f, forward.left, forward.right, 'rejected', AT);
    const db = decideRow(b, back.left, back.right, 'rejected', AT);
    expect(df).toEqual(db);
    expect(df).toEqual({
      id: 'base:2|reworded:2',
      a: ['base:2'],
      b: ['reworded:2'],
      verdict: 'rejected',
      decidedAt: AT,
    });
    const applied = applyDecisions(back, (id) =>
      id === df.id ? { decision: df, by: 'you' } : undefined,
    );
    expect(table(applied.rows)).toEqual([
      'unchanged engine 1→1',
      'dropped reader 2→',
      'added reader →2',
      'unchanged engine 3→3',
    ]);
  });

  it('never overrides a recorded link', () => {
    const linked = {
      correspondences: [
        {
          from: 'base',
          to: 'reworded',
          links: [
            {
              left: ['2'],
              right: ['2'],
              status: 'changed' as const,
              basis: 'inferred' as const,
              sources: [],
            },
          ],
        },
      ],
    };
    const c = compareVersions(BASE, REWORDED, linked);
    const decision: MatchDecision = {
      id: 'base:2|reworded:2',
      a: ['base:2'],
      b: ['reworded:2'],
      verdict: 'rejected',
      decidedAt: AT,
    };
    expect(table(c.rows)[1]).toBe('changed inferred 2→2');
    const applied = applyDecisions(c, (id) =>
      id === decision.id ? { decision, by: 'you' } : undefined,
    );
    expect(applied).toBe(c);
  });

  it('ids escape the separators a label may hold', () => {
    expect(decisionId(['b:1,2', 'b:x|y'], ['a:5%'])).toBe('a:5%25|b:1%2C2,b:x%7Cy');
  });

  it('the newer decision on one pairing wins; on a tie, the rejection', () => {
    const c: MatchDecision = {
      id: 'a:1|b:1',
      a: ['a:1'],
      b: ['b:1'],
      verdict: 'confirmed',
      decidedAt: AT,
    };
    const r: MatchDecision = { ...c, verdict: 'rejected' };
    const later: MatchDecision = { ...c, decidedAt: '2026-12-02T04:00:00.000Z' };
    expect(newerDecision(c, r)).toBe(r);
    expect(newerDecision(r, c)).toBe(r);
    expect(newerDecision(r, later)).toBe(later);
  });
});

describe('parseMatchDecision (where decisions enter: storage, other tabs, links)', () => {
  const good = { id: 'a:1|b:1', a: ['a:1'], b: ['b:1'], verdict: 'confirmed', decidedAt: AT };
  it.each<[string, unknown, string[] | null]>([
    ['a valid decision', good, null],
    ['a wrong id', { ...good, id: 'a:1|b:2' }, ['d: id does not match its points']],
    [
      'sides out of order',
      { ...good, id: 'b:1|a:1', a: ['b:1'], b: ['a:1'] },
      ['d: the sides are not in version order'],
    ],
    [
      'one version on both sides',
      { ...good, id: 'a:1|a:2', b: ['a:2'] },
      ['d: both sides are points of a'],
    ],
    [
      'two versions on one side',
      { ...good, id: 'a:1,c:1|b:1', a: ['a:1', 'c:1'] },
      ['d: a: points of more than one version'],
    ],
    [
      'an unknown verdict',
      { ...good, verdict: 'maybe' },
      ['d: verdict: must be one of: confirmed, rejected'],
    ],
    ['a point id without label', { ...good, a: ['a:'] }, ['d: a.0: must be "<version>:<label>"']],
    ['a control character', { ...good, a: ['a:1\u0007'] }, ['d: a.0: must be "<version>:<label>"']],
    ['an empty side', { ...good, b: [] }, ['d: b: must name a point']],
    ['an unknown field', { ...good, extra: 1 }, null],
  ])('%s', (_, value, errors) => {
    const parsed = parseMatchDecision(value, 'd');
    if (errors === null && _ !== 'an unknown field')
      expect(parsed).toEqual({ ok: true, value: good });
    else if (errors === null) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: false, errors });
  });
});
