// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Correspondence, Version } from '../model/types';
import { buildLineage, pathsFrom, type LineageGraph } from './graph';
import { pointHistory, type HistoryStep, type StepLink } from './lineage';

const graph = buildLineage(bundled);

function linkCell(link: StepLink): string {
  switch (link.kind) {
    case 'reported':
      return `reported ${link.sources.join(',')}`;
    case 'engine':
      // The engine's tuning is pinned in its own tests; here only "identical" vs "similar" matters.
      return `engine ${link.similarity === 1 ? 'identical' : link.similarity >= 0.5 ? 'similar' : 'weak'}`;
    case 'fate':
      return `fate ${link.readings.map((r) => `${r.status}:${r.sources.join(',')}`).join(' / ')}`;
    default:
      return link.kind;
  }
}

/** One line per step: version, labels, change, link. */
function table(steps: readonly HistoryStep[]): string[] {
  return steps.map(
    (s) =>
      `${s.version.id} [${s.points.map((p) => p.label).join(',')}] ${s.change.kind} · ${linkCell(s.link)}`,
  );
}

function history(g: LineageGraph, version: string, label: string): HistoryStep[] {
  const r = pointHistory(g, version, label);
  if (!r.ok) throw new Error(r.errors);
  return r.value;
}

describe('pointHistory on the bundled drafts', () => {
  it('US 6 → E3 6 → Geneva-19 (two readings) → 22 and the 20-count (not reported) → 20-pt 4', () => {
    expect(table(history(graph, 'us-28', '6'))).toEqual([
      'us-28 [6] first · selected',
      'us-sg-axios [] not-reported · none',
      'e3-counter [6] changed · reported E1,E3',
      'geneva-framework [] not-reported · not-reported',
      'geneva-19 [] fate · fate changed:N8 / dropped:N9',
      'trump-22 [] not-reported · not-reported',
      'zelensky-20-count [] not-reported · not-reported',
      'zelensky-20 [4] changed · reported Z1,X2',
    ]);
  });

  it('marks words between consecutive steps with text: 600,000 → 800,000, then against the E3 text', () => {
    const steps = history(graph, 'us-28', '6');
    const e3 = steps.find((s) => s.version.id === 'e3-counter')!;
    expect(e3.against).toBe('us-28');
    const ops = e3.words?.kind === 'words' ? e3.words.ops : [];
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toContain('600,000');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toContain('800,000');
    expect(steps.at(-1)!.against).toBe('e3-counter');
  });

  it('US 21a: merged with 21b–21d into E3 21 (inferred) and into 20-pt 14 (reported); bracketed at Geneva', () => {
    const steps = history(graph, 'us-28', '21a');
    expect(table(steps)).toEqual([
      'us-28 [21a] first · selected',
      'us-sg-axios [] not-reported · none',
      'e3-counter [21] merged · inferred',
      'geneva-framework [] not-reported · not-reported',
      'geneva-19 [] fate · fate bracketed:N2,N3,N11',
      'trump-22 [] not-reported · not-reported',
      'zelensky-20-count [] not-reported · not-reported',
      'zelensky-20 [14] merged · reported Z9,Z10,Z3',
    ]);
    expect(steps.at(-1)!.change).toEqual({
      kind: 'merged',
      group: {
        earlier: 'us-28',
        earlierLabels: ['21a', '21b', '21c', '21d'],
        later: 'zelensky-20',
        laterLabels: ['14'],
      },
    });
  });

  it('US 12 splits into 20-pt 8 and 9', () => {
    const last = history(graph, 'us-28', '12').at(-1)!;
    expect(last.points.map((p) => p.label)).toEqual(['8', '9']);
    expect(last.change).toMatchObject({
      kind: 'split',
      group: { earlierLabels: ['12'], laterLabels: ['8', '9'] },
    });
    expect(last.link.kind).toBe('inferred');
  });

  it('US 26 (amnesty): changed in E3, reported dropped at Geneva, dropped from the 20 points', () => {
    expect(
      table(history(graph, 'us-28', '26')).filter((l) => !l.includes('not-reported ·')),
    ).toEqual([
      'us-28 [26] first · selected',
      'e3-counter [26] changed · reported E3,E2',
      'geneva-19 [] fate · fate dropped:N6,N7,N9',
      'zelensky-20 [] dropped · inferred',
    ]);
  });

  it('chains through several versions: E3 6 reaches 20-pt 4 and the Geneva fates through the US text', () => {
    const steps = history(graph, 'e3-counter', '6');
    const z = steps.find((s) => s.version.id === 'zelensky-20')!;
    expect(z.via).toEqual(['us-28']);
    expect(z.link).toEqual({
      kind: 'reported',
      sources: ['E1', 'E3', 'Z1', 'X2'],
      notes: [
        '600,000 → 800,000 in peacetime (disputed: E6 and E8 report no cap)',
        '600,000 → 800,000 in peacetime',
      ],
    });
    expect(steps.find((s) => s.version.id === 'geneva-19')!.link.kind).toBe('fate');
    expect(steps[0]!.change.kind).toBe('first');
    expect(steps.find((s) => s.version.id === 'e3-counter')!.link.kind).toBe('selected');
  });

  it('walks backwards too: 20-pt 14 came from US 21a–21d, merged', () => {
    const steps = history(graph, 'zelensky-20', '14');
    expect(steps[0]!.points.map((p) => p.label)).toEqual(['21a', '21b', '21c', '21d']);
    expect(steps.at(-1)!.change).toMatchObject({
      kind: 'merged',
      group: { earlier: 'us-28', later: 'zelensky-20' },
    });
  });

  it('a point with no counterpart: the guarantee framework 6 (signatories) links nowhere; weak engine pairs are not chained', () => {
    expect(table(history(graph, 'us-sg-axios', '6'))).toEqual([
      'us-28 [] no-counterpart · none',
      'us-sg-axios [6] new · selected',
      'e3-counter [] not-reported · none',
      'geneva-framework [] not-reported · not-reported',
      'geneva-19 [] not-reported · not-reported',
      'trump-22 [] not-reported · not-reported',
      'zelensky-20-count [] not-reported · not-reported',
      'zelensky-20 [] not-reported · none',
    ]);
  });

  it('a new point: 20-pt 10 (free trade) has no counterpart in the US text, by an inferred link', () => {
    const steps = history(graph, 'zelensky-20', '10');
    expect(table(steps.slice(0, 1))).toEqual(['us-28 [] no-counterpart · inferred']);
    expect(steps.at(-1)!.change.kind).toBe('new');
  });

  it('reports unknown versions and points as values', () => {
    expect(pointHistory(graph, 'nope', '1')).toEqual({ ok: false, errors: 'unknown-version' });
    expect(pointHistory(graph, 'us-28', '99')).toEqual({ ok: false, errors: 'unknown-point' });
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

describe('the chaining rule', () => {
  const a = version('a', '2025-01-01', [
    ['1', 'The army is capped at 600,000 soldiers.'],
    ['2', 'Elections are held within 100 days.'],
  ]);
  const b = version('b', '2025-02-01', [
    ['1', 'The army is capped at 800,000 soldiers.'],
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
      links: [{ left: ['1'], right: ['9'], basis: 'reported', sources: ['R'] }],
    },
  ];

  it('prefers a recorded link that skips a version over engine matches through it', () => {
    const g = buildLineage({ versions: [a, b, gap, c], correspondences: recorded });
    expect(
      pathsFrom(g, 'a')
        .get('c')!
        .map((e) => `${e.from}>${e.to}:${e.how}`),
    ).toEqual(['a>c:recorded']);
    expect(table(history(g, 'a', '1'))).toEqual([
      'a [1] first · selected',
      'b [1] changed · engine similar',
      'gap [] not-reported · not-reported',
      'c [9] changed · reported R',
    ]);
  });

  it('falls back to the engine between versions with text in date order, and reads fates off the base', () => {
    const g = buildLineage({ versions: [a, b, gap, c], correspondences: [] });
    const steps = history(g, 'a', '2');
    expect(table(steps)).toEqual([
      'a [2] first · selected',
      'b [2] unchanged · engine identical',
      'gap [] fate · fate kept:S',
      'c [2] unchanged · engine identical',
    ]);
    expect(steps[3]!.via).toEqual(['b']);
  });
});
