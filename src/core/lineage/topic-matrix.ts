/**
 * The topic matrix: topics × versions (oldest first). A cell holds what the version says on the
 * topic (its points, with figures cut from the data) and, where the version is linked to an earlier
 * one, what the comparison with that version says about the topic: the rows of
 * `compareVersions(against, version)` that touch it, with their statuses. So a cell says what it is
 * compared against, agrees with the comparison and the point history by construction, and a
 * document no record links to the plan (e.g. the guarantee framework) is not diffed against it.
 */
import { compareVersions, type CompareContext } from '../compare/compare';
import { recordedLinks } from '../compare/links';
import { isChange, type Row, type RowStatus } from '../compare/rows';
import { TOPICS, type Topic } from '../model/topics';
import type { Correspondence, Point, Version, VersionId } from '../model/types';
import { extractFigures, shortText } from './figures';
import { byDate } from './lineage';

export interface CellLine {
  label: string;
  text: string;
}

/**
 * What a cell is compared against:
 * - `compared`: the version it is an edit of (`basedOn`), else the latest earlier version with
 *   recorded links to it; `rows` are that comparison's rows on the topic;
 * - `first`: the first version of its line (others are compared against it);
 * - `unlinked`: no record links it to an earlier version: another document, or one known only by
 *   its count; it is not diffed.
 */
export type CellComparison =
  | { kind: 'compared'; against: VersionId; rows: Row[]; mark: CellMark }
  | { kind: 'first' }
  | { kind: 'unlinked' };

/**
 * A compared cell in one word, from its rows: `changed` if any row is a change (changed, dropped,
 * added, merged, split); else `open` if a point is left open; `unchanged` if every row is; `kept`
 * if every row survived; `unknown` if any row's fate is not known; `not-reported` if nothing was
 * reported; `none` when no point of either version has the topic.
 */
export type CellMark =
  'changed' | 'open' | 'unchanged' | 'kept' | 'unknown' | 'not-reported' | 'none';

export interface MatrixCell {
  topic: Topic;
  version: Version;
  /** The version's own points on the topic, with the figures they state. */
  points: Point[];
  figures: string[];
  lines: CellLine[];
  comparison: CellComparison;
}

export interface MatrixRow {
  topic: Topic;
  cells: MatrixCell[];
}

export interface TopicMatrix {
  versions: Version[];
  rows: MatrixRow[];
}

/** The version each version is compared against in the matrix (see `CellComparison`). */
export function matrixBase(
  version: Version,
  earlier: readonly Version[],
  correspondences: readonly Correspondence[],
): Version | undefined {
  const withText = earlier.filter((v) => v.points.length > 0);
  const based = withText.find((v) => v.id === version.basedOn);
  if (based) return based;
  return [...withText].reverse().find((v) => recordedLinks(v, version, correspondences).length > 0);
}

export function buildTopicMatrix(
  data: { versions: readonly Version[]; correspondences: readonly Correspondence[] },
  topics: readonly Topic[] = TOPICS,
): TopicMatrix {
  const versions = byDate(data.versions);
  const ctx: CompareContext = { correspondences: data.correspondences, versions };
  const bases = versions.map((v, i) => matrixBase(v, versions.slice(0, i), data.correspondences));
  const comparisons = versions.map((version, i) => {
    const base = bases[i];
    if (base) return { base, rows: compareVersions(base, version, ctx).rows };
    return bases.includes(version) ? ('first' as const) : ('unlinked' as const);
  });
  const rows = topics.map((topic): MatrixRow => ({
    topic,
    cells: versions.map((version, i) => {
      const points = version.points.filter((p) => p.topics.includes(topic));
      const c = comparisons[i]!;
      let comparison: CellComparison;
      if (c === 'first' || c === 'unlinked') comparison = { kind: c };
      else {
        const onTopic = c.rows.filter((r) =>
          [...r.left, ...r.right].some((p) => p.topics.includes(topic)),
        );
        comparison = { kind: 'compared', against: c.base.id, rows: onTopic, mark: markOf(onTopic) };
      }
      return {
        topic,
        version,
        points,
        figures: [...new Set(points.flatMap((p) => extractFigures(p.text)))],
        lines: points.map((p) => ({ label: p.label, text: shortText(p.text) })),
        comparison,
      };
    }),
  }));
  return { versions, rows };
}

function markOf(rows: readonly Row[]): CellMark {
  if (!rows.length) return 'none';
  const has = (s: RowStatus) => rows.some((r) => r.kind === s);
  if (rows.some((r) => isChange(r) && r.kind !== 'open')) return 'changed';
  if (has('open')) return 'open';
  if (rows.every((r) => r.kind === 'unchanged')) return 'unchanged';
  if (rows.every((r) => r.kind === 'unchanged' || r.kind === 'kept')) return 'kept';
  if (has('unknown')) return 'unknown';
  return 'not-reported';
}

/** How many words of a point stand for a cell without figures: "a few words". */
export const HEADLINE_WORDS = 8;

/**
 * A cell in a few words: its figures ("600,000"), else the start of its first point; for a version
 * without points on the topic, its compared rows by status ("open: 3, 4, 7 and 8"); else "no text".
 */
export function cellHeadline(cell: MatrixCell): string {
  if (cell.figures.length) return cell.figures.join(', ');
  if (cell.points.length) return shortText(cell.points[0]!.text, HEADLINE_WORDS);
  const c = cell.comparison;
  if (c.kind === 'compared' && c.rows.length) return statusesText(c.rows);
  return cell.version.points.length ? 'nothing on this topic' : 'no text; not reported';
}

/**
 * "dropped: 7; unknown: 3, 4, 8 and 9": the earlier version's points by status, in row order;
 * points nobody reported on are named only when nothing else is.
 */
export function statusesText(rows: readonly Row[]): string {
  const told = rows.filter((r) => r.kind !== 'not-reported');
  const by = new Map<RowStatus, string[]>();
  for (const r of told.length ? told : rows) {
    const labels = (r.left.length ? r.left : r.right).map((p) => p.label);
    by.set(r.kind, [...(by.get(r.kind) ?? []), ...labels]);
  }
  return [...by]
    .map(([status, labels]) => `${status.replace('-', ' ')}: ${joinAnd(labels)}`)
    .join('; ');
}

function joinAnd(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
    : (items[0] ?? '');
}

/**
 * The figures of a topic through the linked versions: "600,000 → 800,000 → changed: 6 → 800,000".
 * Cells with points take part, and compared cells without points (their statuses); documents not
 * linked to the others stay out. `null` unless
 * at least one cell states a figure and two cells take part.
 */
export function topicTrail(row: MatrixRow): string | null {
  const inLine = row.cells.filter((c) => c.comparison.kind !== 'unlinked');
  const parts = inLine.flatMap((cell) =>
    cell.points.length ||
    (cell.comparison.kind === 'compared' &&
      cell.comparison.rows.some((r) => r.kind !== 'not-reported'))
      ? [cellHeadline(cell)]
      : [],
  );
  const hasFigure = inLine.some((c) => c.figures.length > 0);
  return hasFigure && parts.length >= 2 ? parts.join(' → ') : null;
}
