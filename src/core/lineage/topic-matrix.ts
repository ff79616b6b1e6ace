/**
 * The topic matrix: topics × versions (oldest first). Each cell holds what that version says on
 * the topic: its points with the topic (figures and trimmed texts cut from the data), or, for a
 * version without text, the fates outlets reported for points with the topic, or "not reported".
 * Cells are marked when they changed from the previous version that says something. Pure.
 */
import {
  FATE_NAMES,
  type FateReading,
  type Point,
  type Version,
  type VersionId,
} from '../model/types';
import { TOPICS, type Topic } from '../model/topics';
import { extractFigures, shortText } from './figures';
import { byDate } from './graph';
import { outletsOf, type SourceLookup } from '../model/sources';

export interface CellLine {
  label: string;
  text: string;
}

export interface CellFate {
  /** Labels in the `basedOn` version. */
  points: string[];
  readings: FateReading[];
}

export type CellContent =
  | { kind: 'points'; points: Point[]; figures: string[]; lines: CellLine[] }
  | { kind: 'fate'; basedOn: VersionId; fates: CellFate[] }
  | { kind: 'not-reported'; fullText: boolean };

/**
 * Against the nearest earlier cell with points: `same` or `changed` (figures decide when either
 * side states one; else the wording). A fate cell is a `reported-change` unless every reading is
 * "kept". The first cell with points is `first`; a cell that says nothing is `unknown`.
 */
export type CellChange =
  | { kind: 'first' }
  | { kind: 'same'; from: VersionId }
  | { kind: 'changed'; from: VersionId }
  | { kind: 'reported-change' }
  | { kind: 'unknown' };

export interface MatrixCell {
  topic: Topic;
  version: Version;
  content: CellContent;
  change: CellChange;
}

export interface MatrixRow {
  topic: Topic;
  cells: MatrixCell[];
}

export interface TopicMatrix {
  versions: Version[];
  rows: MatrixRow[];
}

export function buildTopicMatrix(
  data: { versions: readonly Version[] },
  topics: readonly Topic[] = TOPICS,
): TopicMatrix {
  const versions = byDate(data.versions);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const rows = topics.map((topic): MatrixRow => {
    const cells: MatrixCell[] = [];
    let previous: MatrixCell | undefined;
    for (const version of versions) {
      const content = contentOf(version, topic, byId);
      // A version edited from another (`basedOn`, e.g. the E3 text from the US one) is compared
      // with that one, not with a side document that happens to fall in between.
      const base = cells.find(
        (c) => c.version.id === version.basedOn && c.content.kind === 'points',
      );
      const cell: MatrixCell = {
        topic,
        version,
        content,
        change: changeOf(content, base ?? previous),
      };
      if (content.kind === 'points') previous = cell;
      cells.push(cell);
    }
    return { topic, cells };
  });
  return { versions, rows };
}

function contentOf(
  version: Version,
  topic: Topic,
  byId: ReadonlyMap<VersionId, Version>,
): CellContent {
  const points = version.points.filter((p) => p.topics.includes(topic));
  if (points.length) {
    const figures = [...new Set(points.flatMap((p) => extractFigures(p.text)))];
    return {
      kind: 'points',
      points,
      figures,
      lines: points.map((p) => ({ label: p.label, text: shortText(p.text) })),
    };
  }
  const base = version.basedOn ? byId.get(version.basedOn) : undefined;
  if (!version.points.length && base && version.fates) {
    const onTopic = new Set(
      base.points.filter((p) => p.topics.includes(topic)).map((p) => p.label),
    );
    const fates = version.fates
      .filter((f) => f.points.some((label) => onTopic.has(label)))
      .map((f) => ({
        points: f.points.filter((label) => onTopic.has(label)),
        readings: f.readings,
      }));
    if (fates.length) return { kind: 'fate', basedOn: base.id, fates };
  }
  return { kind: 'not-reported', fullText: version.completeness === 'full-text' };
}

function changeOf(content: CellContent, previous: MatrixCell | undefined): CellChange {
  switch (content.kind) {
    case 'not-reported':
      return { kind: 'unknown' };
    case 'fate':
      return content.fates.every((f) => f.readings.every((r) => r.status === 'kept')) && previous
        ? { kind: 'same', from: previous.version.id }
        : { kind: 'reported-change' };
    case 'points': {
      if (previous?.content.kind !== 'points') return { kind: 'first' };
      const before = previous.content;
      const from = previous.version.id;
      const differs =
        content.figures.length || before.figures.length
          ? content.figures.join('|') !== before.figures.join('|')
          : wording(content.points) !== wording(before.points);
      return differs ? { kind: 'changed', from } : { kind: 'same', from };
    }
    default: {
      const never: never = content;
      return never;
    }
  }
}

/** Case, punctuation and spacing do not count as a change of wording. */
function wording(points: readonly Point[]): string {
  return points
    .map((p) => p.text)
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "reported dropped — ABC News": a reading in a few words, with the outlets that gave it. */
export function readingPhrase(reading: FateReading, lookup: SourceLookup): string {
  const outlets = outletsOf(reading.sources, lookup);
  return outlets.length
    ? `${FATE_NAMES[reading.status]} — ${outlets.join(', ')}`
    : FATE_NAMES[reading.status];
}

/** How many words of a point stand for a cell without figures: "a few words". */
export const HEADLINE_WORDS = 8;

/**
 * A cell in a few words: its figures ("600,000"), else the start of its first point; the readings of a fate
 * cell ("reported changed — US media / reported dropped — ABC News"); or "not reported".
 */
export function cellHeadline(cell: MatrixCell, lookup: SourceLookup): string {
  const c = cell.content;
  switch (c.kind) {
    case 'points':
      return c.figures.length
        ? c.figures.join(', ')
        : shortText(c.points[0]?.text ?? '', HEADLINE_WORDS);
    case 'fate':
      return c.fates.flatMap((f) => f.readings.map((r) => readingPhrase(r, lookup))).join(' / ');
    case 'not-reported':
      return 'not reported';
    default: {
      const never: never = c;
      return never;
    }
  }
}

/**
 * The figures of a topic through the versions: "600,000 → 800,000 → reported changed — US media /
 * reported dropped — ABC News → 800,000". Cells that say something take part (a cell with points
 * but no figure by the start of its text, so "100 days → … as soon as possible…" shows the figure
 * going); `null` unless at least one cell states a figure and two cells take part.
 */
export function topicTrail(row: MatrixRow, lookup: SourceLookup): string | null {
  const parts = row.cells.flatMap((cell) => {
    const c = cell.content;
    if (c.kind === 'points') return [cellHeadline(cell, lookup)];
    if (c.kind === 'fate') return [cellHeadline(cell, lookup)];
    return [];
  });
  const hasFigure = row.cells.some(
    (c) => c.content.kind === 'points' && c.content.figures.length > 0,
  );
  return hasFigure && parts.length >= 2 ? parts.join(' → ') : null;
}
