// @vitest-environment node
/**
 * One set of statuses (issue #11 §4): for every bundled pair and every bundled point, the
 * comparison, the point history and the topic matrix say the same thing about the point.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../core/compare/compare';
import { mirrorRow } from '../core/compare/mirror';
import type { Row } from '../core/compare/rows';
import { byDate, pointHistory } from '../core/lineage/lineage';
import { buildTopicMatrix } from '../core/lineage/topic-matrix';
import { bundled } from './bundled';

const versions = byDate(bundled.versions);
/** Every ordered pair compared once. */
const comparisons = new Map(
  versions.flatMap((a) =>
    versions
      .filter((b) => b !== a)
      .map((b) => [`${a.id}>${b.id}`, compareVersions(a, b, bundled)] as const),
  ),
);
const compare = (a: { id: string }, b: { id: string }) => comparisons.get(`${a.id}>${b.id}`)!;
const claim = (r: Row) => ({
  key: r.key,
  kind: r.kind,
  basis: r.basis,
  ...(r.kind === 'merged' || r.kind === 'split' ? { content: r.content } : {}),
});

describe('comparison, point history and topic matrix agree on every bundled point', () => {
  it('the history of every point says, at every version, what the comparison of the two says', () => {
    let checked = 0;
    for (const origin of versions)
      for (const point of origin.points) {
        const history = pointHistory(bundled, origin.id, point.label);
        if (!history.ok) throw new Error(history.errors);
        for (const step of history.value) {
          const r = step.relation;
          if (r.kind === 'chosen') continue;
          const [older, newer] =
            r.kind === 'later' ? [origin, step.version] : [step.version, origin];
          const side = r.kind === 'later' ? 'left' : 'right';
          const row = compare(older, newer).rows.find((x) =>
            x[side].some((p) => p.label === point.label),
          )!;
          expect([origin.id, point.label, step.version.id, claim(r.row)]).toEqual([
            origin.id,
            point.label,
            step.version.id,
            claim(row),
          ]);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(500);
  });

  it('swapping the sides reads every row the other way, nothing else', () => {
    for (const a of versions)
      for (const b of versions) {
        if (a === b) continue;
        const ab = compare(a, b).rows.map(mirrorRow).map(claim);
        const ba = compare(b, a).rows.map(claim);
        expect([a.id, b.id, [...ba].sort((x, y) => x.key.localeCompare(y.key))]).toEqual([
          a.id,
          b.id,
          [...ab].sort((x, y) => x.key.localeCompare(y.key)),
        ]);
      }
  });

  it('every matrix cell holds the rows of its comparison on its topic, with the same statuses', () => {
    const matrix = buildTopicMatrix(bundled);
    let compared = 0;
    for (const row of matrix.rows)
      for (const cell of row.cells) {
        const c = cell.comparison;
        if (c.kind !== 'compared') continue;
        const against = versions.find((v) => v.id === c.against)!;
        const expected = compare(against, cell.version)
          .rows.filter((r) => [...r.left, ...r.right].some((p) => p.topics.includes(row.topic)))
          .map(claim);
        expect([row.topic, cell.version.id, c.rows.map(claim)]).toEqual([
          row.topic,
          cell.version.id,
          expected,
        ]);
        // And the history of each earlier point says the same at this version.
        for (const r of c.rows)
          for (const p of r.left) {
            const h = pointHistory(bundled, against.id, p.label);
            if (!h.ok) throw new Error(h.errors);
            const step = h.value.find((s) => s.version.id === cell.version.id)!;
            expect(step.relation.kind !== 'chosen' && claim(step.relation.row)).toEqual(claim(r));
          }
        compared++;
      }
    expect(compared).toBeGreaterThan(40);
  });

  it('the matrix compares a version with the one it is linked to, never a document no record links', () => {
    const matrix = buildTopicMatrix(bundled);
    const against = Object.fromEntries(
      matrix.rows[0]!.cells.map((c) => [
        c.version.id,
        c.comparison.kind === 'compared' ? c.comparison.against : c.comparison.kind,
      ]),
    );
    // Each later document against the one the brief compares it with (§2.7–2.11): the 2026
    // guarantee and economic papers against the 20 points, the US–Ukraine guarantees against the
    // US framework (which heads that line); counts and statements without text stay unlinked.
    expect(against).toEqual({
      'us-28': 'first',
      'us-sg-axios': 'first',
      'e3-counter': 'us-28',
      'eu-24': 'us-28',
      'geneva-framework': 'unlinked',
      'geneva-19': 'us-28',
      'trump-22': 'unlinked',
      'zelensky-20-count': 'unlinked',
      'us-ru-27': 'unlinked',
      'ua-revision-dec': 'us-28',
      'us-ua-guarantees': 'us-sg-axios',
      'zelensky-20': 'us-28',
      'paris-declaration': 'zelensky-20',
      'prosperity-framework': 'zelensky-20',
      'eu-core-interests': 'us-28',
    });
  });
});
