/**
 * Notes as a Markdown document the reader can keep, print or paste: grouped by version, then by
 * point, each point with its current text and its sources (outlet, date, URL). Notes whose point is
 * not in the current data are listed at the end under "Not in the current data", with the point
 * text they were written against, so no note silently disappears (anchors.md §2.6: orphaned
 * annotations that are neither shown nor reported).
 *
 * Both note text and point text are untrusted plain text: Markdown syntax in them is escaped, so
 * the document renders as the words that were written, never as links, HTML or headings.
 */
import type { Source } from '../model/types';
import { autolink, escapeMarkdown } from '../report/markdown-text';
import { compareLabels, pointTextStatus, timeOf, type Note } from './note';

export interface NotedPoint {
  versionTitle: string;
  pointText: string;
  sources: Source[];
}

export type PointLookup = (version: string, label: string) => NotedPoint | undefined;

export interface NotesMarkdownOptions {
  /** Document title (default "Notes on the peace-plan versions"). */
  title?: string;
  /** Version ids in display order (e.g. by date); versions not listed follow, by id. */
  versionOrder?: readonly string[];
}

export const NOT_IN_DATA_HEADING = 'Not in the current data';

export function notesToMarkdown(
  notes: readonly Note[],
  lookup: PointLookup,
  options: NotesMarkdownOptions = {},
): string {
  const out: string[] = [
    `# ${escapeMarkdown(options.title ?? 'Notes on the peace-plan versions')}`,
    '',
  ];
  if (notes.length === 0) return `${[...out, 'No notes yet.'].join('\n')}\n`;

  const found = new Map<string, Map<string, { point: NotedPoint; notes: Note[] }>>();
  const missing = new Map<string, Map<string, Note[]>>();
  for (const note of notes) {
    const point = lookup(note.version, note.label);
    if (point) {
      const byLabel = getOrSet(
        found,
        note.version,
        () => new Map<string, { point: NotedPoint; notes: Note[] }>(),
      );
      getOrSet(byLabel, note.label, () => ({ point, notes: [] })).notes.push(note);
    } else
      getOrSet(
        getOrSet(missing, note.version, () => new Map<string, Note[]>()),
        note.label,
        () => [],
      ).push(note);
  }

  const versions = (ids: Iterable<string>) => orderVersions([...ids], options.versionOrder ?? []);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  out.push(
    `${count(notes.length, 'note', 'notes')} on ${count(new Set(notes.map((n) => n.version)).size, 'version', 'versions')}.`,
    '',
  );

  for (const versionId of versions(found.keys())) {
    const byLabel = found.get(versionId);
    if (!byLabel) continue;
    const title = [...byLabel.values()][0]?.point.versionTitle ?? versionId;
    out.push(`## ${escapeMarkdown(title)} (${escapeMarkdown(versionId)})`, '');
    for (const label of [...byLabel.keys()].sort(compareLabels)) {
      const entry = byLabel.get(label);
      if (!entry) continue;
      out.push(`### Point ${escapeMarkdown(label)}`, '', quote(entry.point.pointText), '');
      if (entry.point.sources.length)
        out.push('Sources:', '', ...entry.point.sources.map(sourceLine), '');
      for (const note of byAge(entry.notes)) {
        out.push(...noteBlock(note));
        if (pointTextStatus(note, entry.point.pointText) === 'changed')
          out.push(
            "_The point's text has changed since this note was written. It then read:_",
            '',
            quote(note.pointText),
            '',
          );
      }
    }
  }

  if (missing.size) {
    out.push(
      `## ${NOT_IN_DATA_HEADING}`,
      '',
      'These notes belong to points that are not in the current data (the point or its version was removed, renumbered or deleted).',
      '',
    );
    for (const versionId of versions(missing.keys())) {
      const byLabel = missing.get(versionId);
      if (!byLabel) continue;
      for (const label of [...byLabel.keys()].sort(compareLabels)) {
        out.push(`### ${escapeMarkdown(versionId)}, point ${escapeMarkdown(label)}`, '');
        for (const note of byAge(byLabel.get(label) ?? [])) {
          if (note.pointText)
            out.push(
              "_The point's text when this note was written:_",
              '',
              quote(note.pointText),
              '',
            );
          out.push(...noteBlock(note));
        }
      }
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function noteBlock(note: Note): string[] {
  const edited = note.updatedAt !== note.createdAt ? `, edited ${stamp(note.updatedAt)}` : '';
  return [`**Note** (written ${stamp(note.createdAt)}${edited})`, '', paragraphs(note.text), ''];
}

function sourceLine(s: Source): string {
  const site = s.site ? ` (read at ${escapeMarkdown(s.site)})` : '';
  const date = `${s.date}${s.dateApproximate ? ' (approximate)' : ''}`;
  return `- ${escapeMarkdown(s.outlet)}${site}, ${date}: ${autolink(s.url)}`;
}

function byAge(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) => timeOf(a.createdAt) - timeOf(b.createdAt) || (a.id < b.id ? -1 : 1),
  );
}

function orderVersions(ids: string[], order: readonly string[]): string[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return ids.sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** `2025-11-21T09:30:12.000Z` → `2025-11-21 09:30 UTC`. */
function stamp(iso: string): string {
  const t = timeOf(iso);
  if (!Number.isFinite(t)) return iso;
  const s = new Date(t).toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}

/** Plain text as Markdown paragraphs: blank lines separate paragraphs, single newlines stay line breaks. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\\\n'),
    )
    .join('\n\n');
}

/** Plain text as a block quote (every line prefixed, blank lines kept inside the quote). */
function quote(text: string): string {
  return paragraphs(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}
