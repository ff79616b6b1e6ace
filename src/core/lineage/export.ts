/**
 * The point history and the topic matrix as Markdown (for articles: sources as numbered
 * footnotes with outlet, date and URL) and as CSV (for research: one record per step or cell,
 * sources spelled out in each). Deterministic and pure; CSV cells are guarded against formula
 * injection and quoted per RFC 4180 by the report module's `csvField`.
 */
import { changeGroups, outletName, sourceDate, versionStatus } from '../report/common';
import { csvField } from '../report/csv';
import { escapeMarkdown, Footnotes } from '../report/footnotes';
import { formatLabels } from '../compare/labels';
import type { SourceLookup } from '../model/sources';
import { dateText, type SourceId, type Version } from '../model/types';
import { TOPIC_NAMES } from '../model/topics';
import { cellChangeText, cellSources, changeText, linkText, stepSources, titles } from './describe';
import type { HistoryStep } from './lineage';
import { cellHeadline, topicTrail, type MatrixCell, type TopicMatrix } from './topic-matrix';

/** "Reuters (2025-11-23) https://…" for each source, joined by " | ". */
export function sourcesCell(ids: readonly SourceId[], lookup: SourceLookup): string {
  return ids
    .map((id) => {
      const s = lookup(id);
      return s
        ? `${outletName(s)} (${sourceDate(s)}) ${s.url}`
        : `${id} (not in the source register)`;
    })
    .join(' | ');
}

function csv(header: readonly string[], records: readonly string[][]): string {
  return `${[header.join(','), ...records.map((r) => r.map(csvField).join(','))].join('\r\n')}\r\n`;
}

function wordChanges(step: HistoryStep): string {
  if (!step.words) return '';
  if (step.words.kind === 'rewritten') return `rewritten: ${step.words.reason}`;
  return changeGroups(step.words.ops)
    .map((g) =>
      [g.deleted && `-${g.deleted}`, g.inserted && `+${g.inserted}`].filter(Boolean).join(' '),
    )
    .join('; ');
}

/** The chosen step of a history (its link is `selected`). */
function chosen(steps: readonly HistoryStep[]): HistoryStep | undefined {
  return steps.find((s) => s.link.kind === 'selected');
}

export const HISTORY_CSV_COLUMNS = [
  'date',
  'version_id',
  'version',
  'completeness',
  'labels',
  'change',
  'link',
  'similarity',
  'via',
  'text',
  'word_changes',
  'sources',
] as const;

export function historyToCsv(steps: readonly HistoryStep[], lookup: SourceLookup): string {
  const title = titles(steps.map((s) => s.version));
  return csv(
    HISTORY_CSV_COLUMNS,
    steps.map((s) => [
      s.version.date,
      s.version.id,
      s.version.title,
      s.version.completeness,
      s.points.map((p) => p.label).join('; '),
      changeText(s.change, title),
      linkText(s.link, lookup),
      s.link.kind === 'engine' ? s.link.similarity.toFixed(2) : '',
      s.via.map(title).join(' > '),
      s.points.map((p) => (s.points.length > 1 ? `${p.label}: ${p.text}` : p.text)).join(' | '),
      wordChanges(s),
      sourcesCell(stepSources(s), lookup),
    ]),
  );
}

export function historyToMarkdown(steps: readonly HistoryStep[], lookup: SourceLookup): string {
  const title = titles(steps.map((s) => s.version));
  const fn = new Footnotes();
  const origin = chosen(steps);
  const heading = origin
    ? `History of point ${formatLabels(origin.points.map((p) => p.label))}, ${origin.version.title}`
    : 'Point history';
  const out = [`# ${escapeMarkdown(heading)}`, ''];
  for (const s of steps) {
    out.push(`## ${escapeMarkdown(`${dateText(s.version)}: ${s.version.title}`)}`, '');
    out.push(`*${escapeMarkdown(versionStatus(s.version))}*`, '');
    out.push(`- **Change:** ${escapeMarkdown(changeText(s.change, title))}`);
    out.push(`- **Link:** ${escapeMarkdown(linkText(s.link, lookup))}${linkRefs(s, fn)}`);
    if (s.via.length) out.push(`- **Through:** ${escapeMarkdown(s.via.map(title).join(' → '))}`);
    for (const p of s.points)
      out.push(
        `- **Point ${escapeMarkdown(p.label)}:** ${escapeMarkdown(p.text)} ${fn.ref(p.sources)}`,
      );
    const words = wordChanges(s);
    if (words && s.against)
      out.push(`- **Words since ${escapeMarkdown(title(s.against))}:** ${markWords(s)}`);
    out.push('');
  }
  return [...out, '## Sources', '', ...fn.definitions(lookup), ''].join('\n');
}

function linkRefs(s: HistoryStep, fn: Footnotes): string {
  if (s.link.kind === 'reported') return ` ${fn.ref(s.link.sources)}`;
  if (s.link.kind === 'fate') return ` ${fn.ref(s.link.readings.flatMap((r) => r.sources))}`;
  return '';
}

function markWords(s: HistoryStep): string {
  if (s.words?.kind !== 'words') return '';
  return changeGroups(s.words.ops)
    .map((g) =>
      [
        g.deleted && `~~${escapeMarkdown(g.deleted)}~~`,
        g.inserted && `**${escapeMarkdown(g.inserted)}**`,
      ]
        .filter(Boolean)
        .join(' → '),
    )
    .join('; ');
}

export const MATRIX_CSV_COLUMNS = [
  'topic',
  'version_id',
  'version',
  'date',
  'completeness',
  'labels',
  'summary',
  'change',
  'text',
  'sources',
] as const;

function cellText(cell: MatrixCell, lookup: SourceLookup): string {
  const c = cell.content;
  if (c.kind === 'points') return c.points.map((p) => `${p.label}: ${p.text}`).join(' | ');
  if (c.kind === 'fate')
    return c.fates
      .flatMap((f) => f.readings.map((r) => `${formatLabels(f.points)}: ${r.note}`))
      .join(' | ');
  return cellHeadline(cell, lookup);
}

export function matrixToCsv(matrix: TopicMatrix, lookup: SourceLookup): string {
  const title = titles(matrix.versions);
  return csv(
    MATRIX_CSV_COLUMNS,
    matrix.rows.flatMap((row) =>
      row.cells.map((cell) => [
        TOPIC_NAMES[row.topic],
        cell.version.id,
        cell.version.title,
        cell.version.date,
        cell.version.completeness,
        cell.content.kind === 'points' ? cell.content.points.map((p) => p.label).join('; ') : '',
        cellHeadline(cell, lookup),
        cellChangeText(cell.change, title),
        cellText(cell, lookup),
        sourcesCell(cellSources(cell), lookup),
      ]),
    ),
  );
}

/** A table of headlines (topics × versions), a "changed" mark on changed cells, then sources. */
export function matrixToMarkdown(matrix: TopicMatrix, lookup: SourceLookup): string {
  const fn = new Footnotes();
  const head = (v: Version): string => escapeMarkdown(`${v.title} (${dateText(v)})`);
  const lines = [
    '# Topic matrix',
    '',
    'Each cell: what the version says on the topic (figures as the sources give them), its points, and ' +
      '"(changed)" where it differs from the previous version. "Not reported": no public text or report.',
    '',
    `| Topic | ${matrix.versions.map(head).join(' | ')} |`,
    `|---|${matrix.versions.map(() => '---').join('|')}|`,
  ];
  for (const row of matrix.rows) {
    const cells = row.cells.map((cell) => {
      const labels =
        cell.content.kind === 'points'
          ? ` (${escapeMarkdown(formatLabels(cell.content.points.map((p) => p.label)))})`
          : '';
      const changed =
        cell.change.kind === 'changed' || cell.change.kind === 'reported-change'
          ? ' *(changed)*'
          : '';
      const refs = cellSources(cell);
      return `${escapeMarkdown(cellHeadline(cell, lookup))}${labels}${changed}${refs.length ? ` ${fn.ref(refs)}` : ''}`;
    });
    lines.push(`| ${escapeMarkdown(TOPIC_NAMES[row.topic])} | ${cells.join(' | ')} |`);
  }
  const trails = matrix.rows.flatMap((row) => {
    const trail = topicTrail(row, lookup);
    return trail
      ? [`- **${escapeMarkdown(TOPIC_NAMES[row.topic])}:** ${escapeMarkdown(trail)}`]
      : [];
  });
  if (trails.length) lines.push('', '## Figures through the versions', '', ...trails);
  return [...lines, '', '## Sources', '', ...fn.definitions(lookup), ''].join('\n');
}
