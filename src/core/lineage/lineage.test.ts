// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Correspondence, Version } from '../model/types';
import { pointHistory, type HistoryStep } from './lineage';

/** One line per step: version, counterparts, status (content of merges and splits), basis. */
function table(steps: readonly HistoryStep[]): string[] {
  return steps.map((s) => {
    const labels = s.points.map((p) => p.label).join(',');
    const r = s.relation;
    if (r.kind === 'chosen') return `${s.version.id} [${labels}] chosen`;
    const row = r.row;
    const content = row.kind === 'merged' || row.kind === 'split' ? `(${row.content})` : '';
    const basis =
      row.basis.kind === 'reported' ? `reported ${row.basis.sources.join(',')}` : row.basis.kind;
    return `${s.version.id} [${labels}] ${r.kind} ${row.kind}${content} · ${basis}`;
  });
}

function history(data: Parameters<typeof pointHistory>[0], version: string, label: string) {
  const r = pointHistory(data, version, label);
  if (!r.ok) throw new Error(r.errors);
  return r.value;
}

describe('pointHistory on the bundled drafts: every version compared with the chosen one', () => {
  it('US 6: 800,000 in E3 (reported), disputed at Geneva, 800,000 in the 20 points (reported)', () => {
    expect(table(history(bundled, 'us-28', '6'))).toEqual([
      'us-28 [6] chosen',
      'us-sg-axios [] later unknown · none',
      'e3-counter [6] later changed · reported E3,E9,E10,E12,E13',
      'eu-24 [11] later changed · reported EU24-1,EU24-6,EU24-10',
      'geneva-framework [] later not-reported · none',
      'geneva-19 [] later changed · reported N8,N9,N13,N12,UR1',
      'trump-22 [] later not-reported · none',
      'zelensky-20-count [] later not-reported · none',
      'us-ru-27 [] later not-reported · none',
      'ua-revision-dec [] later unknown · none',
      'us-ua-guarantees [] later unknown · none',
      'zelensky-20 [4] later changed · reported Z1,X2',
      // Documents beside the plan: joined through the 20 points, or our comparison.
      'paris-declaration [2] later changed · inferred',
      'prosperity-framework [] later unknown · inferred',
      'eu-core-interests [b] later changed · inferred',
    ]);
  });

  it('says what the comparison says: the E3 step carries the reported change and its word marks', () => {
    const e3 = history(bundled, 'us-28', '6').find((s) => s.version.id === 'e3-counter')!;
    if (e3.relation.kind !== 'later') throw new Error('expected a later step');
    expect(e3.relation.row.change).toEqual({ from: '600,000', to: '800,000 in peacetime' });
    expect(e3.relation.row.wording).toBe('changes');
    const ops = e3.relation.row.words?.kind === 'words' ? e3.relation.row.words.ops : [];
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toContain('600,000');
  });

  it('US 21a: merged into E3 21 and 20-pt 14 (both reported), open at Geneva', () => {
    expect(
      table(history(bundled, 'us-28', '21a')).filter((l) => !l.includes('not-reported')),
    ).toEqual([
      'us-28 [21a] chosen',
      'us-sg-axios [] later unknown · none',
      'e3-counter [21] later merged(changed) · reported E3,E5',
      'eu-24 [16,17] later merged(changed) · reported EU24-11,EU24-13,EU24-14',
      'geneva-19 [] later open · reported N2,N3,N11,UR1',
      'ua-revision-dec [c] later merged(changed) · reported UR3,UR4,UR8',
      'us-ua-guarantees [] later unknown · none',
      'zelensky-20 [14] later merged(changed) · reported Z9,Z10,Z3',
      'paris-declaration [] later unknown · inferred',
      'prosperity-framework [] later unknown · inferred',
      'eu-core-interests [c] later merged(changed) · inferred',
    ]);
  });

  it('US 26 (amnesty): unknown in E3 (a weak copy), changed and disputed at Geneva, dropped from the 20 points', () => {
    const steps = history(bundled, 'us-28', '26');
    expect(
      table(steps).filter(
        (l) => !l.includes('not-reported') && !/unknown · (none|inferred)$/.test(l),
      ),
    ).toEqual([
      'us-28 [26] chosen',
      'geneva-19 [] later changed · reported N6,N7,N13,N9,N12,UR1',
      'zelensky-20 [] later dropped · inferred',
      'eu-core-interests [f] later changed · inferred',
    ]);
    expect(table(steps)).toContain('e3-counter [26] later unknown · inferred');
    // The European 24 points: US 26 is not among points 1–20, and 21–24 were never seen.
    expect(table(steps)).toContain('eu-24 [] later unknown · inferred');
    const geneva = steps.find((s) => s.version.id === 'geneva-19')!;
    expect(geneva.relation.kind === 'later' && geneva.relation.row.disputed).toBe(true);
  });

  it('US 27: kept in the 20 points as point 19 (the number inferred), not removed', () => {
    expect(table(history(bundled, 'us-28', '27'))).toContain(
      'zelensky-20 [19] later kept · inferred',
    );
  });

  it('from E3 6: the US text before it, and the 20 points through the US text (joined, inferred)', () => {
    const steps = history(bundled, 'e3-counter', '6');
    expect(table(steps).filter((l) => /us-28|e3-counter|zelensky-20 /.test(l))).toEqual([
      'us-28 [6] earlier changed · reported E3,E9,E10,E12,E13',
      'e3-counter [6] chosen',
      'zelensky-20 [4] later kept · inferred',
    ]);
    const z = steps.at(-1)!;
    expect(z.relation.kind === 'later' && z.relation.via?.id).toBe('us-28');
  });

  it('walks backwards: 20-pt 14 came from US 21a–21d, merged', () => {
    const steps = history(bundled, 'zelensky-20', '14');
    expect(steps[0]!.points.map((p) => p.label)).toEqual(['21a', '21b', '21c', '21d']);
    expect(table(steps)[0]).toBe(
      'us-28 [21a,21b,21c,21d] earlier merged(changed) · reported Z9,Z10,Z3',
    );
  });

  it('a new point: 20-pt 10 (free trade) is added relative to the US text, by an inferred link', () => {
    expect(table(history(bundled, 'zelensky-20', '10'))[0]).toBe(
      'us-28 [] earlier added · inferred',
    );
  });

  it('reports unknown versions and points as values', () => {
    expect(pointHistory(bundled, 'nope', '1')).toEqual({ ok: false, errors: 'unknown-version' });
    expect(pointHistory(bundled, 'us-28', '99')).toEqual({ ok: false, errors: 'unknown-point' });
  });
});

function version(
  id: string,
  date: string,
  points: Array<[string, string]>,
  extra: Partial<Version> = {},
): Version {
  return {
    id,
    title: id,
    date,
    completeness: 'full-text',
    claimedPoints: points.length,
    claimedBy: [],
    reportedBy: ['S'],
    summary: '',
    points: points.map(([label, text]) => ({ label, text, topics: ['security'], sources: ['S'] })),
    ...extra,
  };
}

describe('the history of made-up versions', () => {
  const a = version('a', '2025-01-01', [
    ['1', 'The army is capped at 600,000 soldiers.'],
    ['2', 'Elections are held within 100 days.'],
  ]);
  const gap = version('gap', '2025-03-01', [], {
    completeness: 'count-only',
    basedOn: 'a',
    fates: [{ points: ['2'], readings: [{ status: 'kept', note: 'kept', sources: ['S'] }] }],
  });
  const c = version('c', '2025-04-01', [
    ['9', 'Army: no cap at all.'],
    ['2', 'Elections are held within 100 days.'],
  ]);
  const recorded: Correspondence[] = [
    {
      from: 'a',
      to: 'c',
      links: [{ left: ['1'], right: ['9'], status: 'changed', basis: 'reported', sources: ['R'] }],
    },
  ];

  it('uses the recorded link where there is one, the engine for the rest, and reads fates off the base', () => {
    expect(table(history({ versions: [c, gap, a], correspondences: recorded }, 'a', '1'))).toEqual([
      'a [1] chosen',
      'gap [] later not-reported · none',
      'c [9] later changed · reported R',
    ]);
    expect(table(history({ versions: [c, gap, a], correspondences: recorded }, 'a', '2'))).toEqual([
      'a [2] chosen',
      'gap [] later kept · reported S',
      'c [2] later unchanged · engine',
    ]);
  });
});
