/**
 * The point history and the topic matrix as Markdown (for articles: sources as numbered
 * footnotes with outlet, date and URL) and as CSV (for research: one record per step or cell,
 * sources spelled out in each). Deterministic and pure; CSV cells are guarded against formula
 * injection and quoted per RFC 4180 by the report module's `csvField`.
 */
import { PARAPHRASE_DISCLOSURE } from '../compare/claims';
import type { Row } from '../compare/rows';
import { changeGroups, outletName, sourceDate, versionStatus } from '../report/common';
import { csvField } from '../report/csv';
import { escapeMarkdown, Footnotes } from '../report/footnotes';
import { formatLabels } from '../compare/labels';
import { capitalize, type SourceLookup } from '../model/sources';
import { FATE_NAMES, dateText, type SourceId, type Version } from '../model/types';
import { TOPIC_NAMES } from '../model/topics';
import {
  cellComparisonText,
  cellSources,
  claimSources,
  stepBasisText,
  stepPairText,
  stepSources,
  stepStatusText,
  titles,
} from './describe';
import type { HistoryStep } from './lineage';
import { cellHeadline, topicTrail, type TopicMatrix } from './topic-matrix';

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

/** The word marks of a step's row, where they are the change (aligned texts). */
function rowOf(step: HistoryStep): Row | undefined {
  return step.relation.kind === 'chosen' ? undefined : step.relation.row;
}

function wordChanges(step: HistoryStep): string {
  const row = rowOf(step);
  if (!row?.words || row.wording !== 'changes') return '';
  if (row.words.kind === 'rewritten') return `rewritten: ${row.words.reason}`;
  return changeGroups(row.words.ops)
    .map((g) =>
      [g.deleted && `-${g.deleted}`, g.inserted && `+${g.inserted}`].filter(Boolean).join(' '),
    )
    .join('; ');
}

/** The chosen step of a history. */
function chosen(steps: readonly HistoryStep[]): HistoryStep | undefined {
  return steps.find((s) => s.relation.kind === 'chosen');
}

export const HISTORY_CSV_COLUMNS = [
  'date',
  'version_id',
  'version',
  'completeness',
  'labels',
  'compared',
  'kind',
  'basis',
  'how_known',
  'text',
  'word_changes',
  'sources',
] as const;

/**
 * One record per version: the step's status (`kind`) and basis, read from the older version to the
 * newer (`compared` says which pair), and how it is known in words.
 */
export function historyToCsv(steps: readonly HistoryStep[], lookup: SourceLookup): string {
  const origin = chosen(steps)?.version;
  if (!origin) return csv(HISTORY_CSV_COLUMNS, []);
  return csv(
    HISTORY_CSV_COLUMNS,
    steps.map((s) => {
      const row = rowOf(s);
      return [
        s.version.date,
        s.version.id,
        s.version.title,
        s.version.completeness,
        s.points.map((p) => p.label).join('; '),
        stepPairText(s, origin),
        row ? row.kind : 'chosen',
        row ? row.basis.kind : '',
        stepBasisText(s, lookup),
        s.points.map((p) => (s.points.length > 1 ? `${p.label}: ${p.text}` : p.text)).join(' | '),
        wordChanges(s),
        sourcesCell(stepSources(s), lookup),
      ];
    }),
  );
}

export function historyToMarkdown(steps: readonly HistoryStep[], lookup: SourceLookup): string {
  const fn = new Footnotes();
  const origin = chosen(steps);
  const heading = origin
    ? `History of point ${formatLabels(origin.points.map((p) => p.label))}, ${origin.version.title}`
    : 'Point history';
  const out = [
    `# ${escapeMarkdown(heading)}`,
    '',
    `*${escapeMarkdown(PARAPHRASE_DISCLOSURE)}*`,
    '',
  ];
  out.push(
    'Each version is compared with the chosen point’s version, the older one first; the status says what that comparison says.',
    '',
  );
  for (const s of steps) {
    out.push(`## ${escapeMarkdown(`${dateText(s.version)}: ${s.version.title}`)}`, '');
    out.push(`*${escapeMarkdown(versionStatus(s.version))}*`, '');
    if (origin) {
      out.push(
        `- **${escapeMarkdown(stepPairText(s, origin.version))}:** ${escapeMarkdown(stepStatusText(s, origin.version))}`,
      );
      const row = rowOf(s);
      const refs = row ? claimSources(row) : [];
      out.push(
        `- **How it is known:** ${escapeMarkdown(stepBasisText(s, lookup))}${refs.length ? ` ${fn.ref(refs)}` : ''}`,
      );
      for (const r of row?.readings ?? [])
        out.push(
          `- **${escapeMarkdown(capitalize(FATE_NAMES[r.status]))}:** ${escapeMarkdown(r.note)} ${fn.ref(r.sources)}`,
        );
    }
    for (const p of s.points)
      out.push(
        `- **Point ${escapeMarkdown(p.label)}:** ${escapeMarkdown(p.text)} ${fn.ref(p.sources)}`,
      );
    const words = markWords(s);
    if (words) out.push(`- **Word changes:** ${words}`);
    out.push('');
  }
  return [...out, '## Sources', '', ...fn.definitions(lookup), ''].join('\n');
}

function markWords(s: HistoryStep): string {
  const row = rowOf(s);
  if (row?.words?.kind !== 'words' || row.wording !== 'changes') return '';
  return changeGroups(row.words.ops)
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
  'compared_with',
  'mark',
  'comparison',
  'text',
  'sources',
] as const;

export function matrixToCsv(matrix: TopicMatrix, lookup: SourceLookup): string {
  const title = titles(matrix.versions);
  return csv(
    MATRIX_CSV_COLUMNS,
    matrix.rows.flatMap((row) =>
      row.cells.map((cell) => {
        const c = cell.comparison;
        return [
          TOPIC_NAMES[row.topic],
          cell.version.id,
          cell.version.title,
          cell.version.date,
          cell.version.completeness,
          cell.points.map((p) => p.label).join('; '),
          cellHeadline(cell),
          c.kind === 'compared' ? c.against : '',
          c.kind === 'compared' ? c.mark : c.kind,
          cellComparisonText(c, title),
          cell.points.map((p) => `${p.label}: ${p.text}`).join(' | '),
          sourcesCell(cellSources(cell), lookup),
        ];
      }),
    ),
  );
}

/** A table of headlines (topics × versions), each compared cell marked with what it is compared against. */
export function matrixToMarkdown(matrix: TopicMatrix, lookup: SourceLookup): string {
  const fn = new Footnotes();
  const title = titles(matrix.versions);
  const head = (v: Version): string => escapeMarkdown(`${v.title} (${dateText(v)})`);
  const lines = [
    '# Topic matrix',
    '',
    `*${escapeMarkdown(PARAPHRASE_DISCLOSURE)}*`,
    '',
    'Each cell: what the version says on the topic (figures as the sources give them) and its points; a ' +
      'version linked to an earlier one is compared with it, as the comparison of the two says ' +
      '("changed from …", "unknown from …"). Documents no record links are not compared.',
    '',
    `| Topic | ${matrix.versions.map(head).join(' | ')} |`,
    `|---|${matrix.versions.map(() => '---').join('|')}|`,
  ];
  for (const row of matrix.rows) {
    const cells = row.cells.map((cell) => {
      const labels = cell.points.length
        ? ` (${escapeMarkdown(formatLabels(cell.points.map((p) => p.label)))})`
        : '';
      const c = cell.comparison;
      const mark =
        c.kind === 'compared' && c.mark !== 'none' && c.mark !== 'unchanged'
          ? ` *(${escapeMarkdown(`${c.mark.replace('-', ' ')} from ${title(c.against)}`)})*`
          : '';
      const refs = cellSources(cell);
      return `${escapeMarkdown(cellHeadline(cell))}${labels}${mark}${refs.length ? ` ${fn.ref(refs)}` : ''}`;
    });
    lines.push(`| ${escapeMarkdown(TOPIC_NAMES[row.topic])} | ${cells.join(' | ')} |`);
  }
  const trails = matrix.rows.flatMap((row) => {
    const trail = topicTrail(row);
    return trail
      ? [`- **${escapeMarkdown(TOPIC_NAMES[row.topic])}:** ${escapeMarkdown(trail)}`]
      : [];
  });
  if (trails.length) lines.push('', '## Figures through the versions', '', ...trails);
  return [...lines, '', '## Sources', '', ...fn.definitions(lookup), ''].join('\n');
}
