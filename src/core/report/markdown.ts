/**
 * A comparison as a Markdown change report: paste-able into an article, a wiki or an issue
 * (anchors.md §"Exportable, citable change log"). Deterministic: no current date, no
 * randomness, so the page's download and `npm run compare -- … --format md` are byte-identical.
 *
 * Point texts come from third-party reporting and user imports and are untrusted: every piece of
 * data is escaped, so a text cannot open a link, an HTML tag, a table or emphasis of its own.
 */
import { ROW_KIND_NAMES, type Comparison, type Row, type WordOp } from '../compare/rows';
import { FATE_NAMES, dateText, type Source, type SourceId, type Version } from '../model/types';
import {
  percent,
  pointNotes,
  rowLabels,
  rowSimilarity,
  splitEdges,
  summaryLine,
  versionName,
  versionStatus,
} from './common';
import { digestMarkdown } from './digest-markdown';
import { autolink, escapeMarkdown, Footnotes } from './footnotes';
import { capitalize } from '../model/sources';

/** Options of the Markdown report. */
export interface MarkdownOptions {
  /** A link back to this comparison in the viewer, printed under the title. */
  permalink?: string;
}

/** "Axios[^1], Reuters[^2][^3]": outlets named once, each with its footnotes. */
function outletRefs(
  ids: readonly SourceId[],
  sources: ReadonlyMap<SourceId, Source>,
  fn: Footnotes,
): string {
  const byOutlet = new Map<string, SourceId[]>();
  for (const id of ids) {
    const name = sources.get(id)?.outlet ?? id;
    byOutlet.set(name, [...(byOutlet.get(name) ?? []), id]);
  }
  return [...byOutlet].map(([name, list]) => `${escapeMarkdown(name)}${fn.ref(list)}`).join(', ');
}

function versionLine(
  role: string,
  v: Version,
  sources: ReadonlyMap<SourceId, Source>,
  fn: Footnotes,
): string {
  const reported = v.reportedBy.length
    ? ` Reported by ${outletRefs(v.reportedBy, sources, fn)}.`
    : '';
  return `- **${role}:** ${escapeMarkdown(v.title)}, ${escapeMarkdown(dateText(v))}. ${escapeMarkdown(versionStatus(v))}.${reported}`;
}

/** Word changes as ~~deleted~~ and **inserted**, the marks hugging the words (CommonMark flanking rules). */
function renderOps(ops: readonly WordOp[]): string {
  let out = '';
  ops.forEach((op, i) => {
    if (op.op === 'equal') {
      out += escapeMarkdown(op.text);
      return;
    }
    const [lead, core, trail] = splitEdges(op.text);
    if (core === '') {
      // A whitespace-only change: keep the new spacing, drop the old.
      if (op.op === 'insert') out += op.text.replace(/[\r\n]+/g, ' ');
      return;
    }
    const mark = op.op === 'delete' ? '~~' : '**';
    out += `${lead}${mark}${escapeMarkdown(core)}${mark}${trail}`;
    const next = ops[i + 1];
    if (op.op === 'delete' && next?.op === 'insert' && trail === '' && !/^\s/.test(next.text))
      out += ' ';
  });
  return out;
}

function linkLine(row: Row, sources: ReadonlyMap<SourceId, Source>, fn: Footnotes): string {
  const similarity = rowSimilarity(row);
  const similar = similarity === undefined ? '' : `; texts ${percent(similarity)} similar`;
  const note = (text: string | undefined): string => (text ? ` (${escapeMarkdown(text)})` : '');
  const link = row.link;
  switch (link.kind) {
    case 'reported': {
      const who = link.sources.length ? outletRefs(link.sources, sources, fn) : 'an outlet';
      return `Link reported by ${who}${note(link.note)}${similar}.`;
    }
    case 'inferred':
      return `Link inferred by the project from the two lists${note(link.note)}${similar}.`;
    case 'engine':
      return `Matched by text, ${percent(link.similarity)} similar.`;
    case 'fate':
      return 'No text is public on the other side; what outlets reported about this point:';
    case 'none':
      return row.kind === 'not-reported'
        ? 'No text is public on the other side, and no outlet reported what happened to this point.'
        : 'No counterpart on the other side.';
  }
}

function rowSection(row: Row, sources: ReadonlyMap<SourceId, Source>, fn: Footnotes): string {
  const heading = `### ${escapeMarkdown(rowLabels(row))} · ${ROW_KIND_NAMES[row.kind]}${row.moved ? ' · moved' : ''}`;
  const items: string[] = [];
  for (const p of row.left)
    items.push(
      `- **Before (${escapeMarkdown(p.label)}):** ${escapeMarkdown(p.text)}${fn.ref(p.sources)}`,
    );
  for (const p of row.right)
    items.push(
      `- **After (${escapeMarkdown(p.label)}):** ${escapeMarkdown(p.text)}${fn.ref(p.sources)}`,
    );
  if (row.words?.kind === 'words') items.push(`- **Changes:** ${renderOps(row.words.ops)}`);
  else if (row.words?.kind === 'rewritten')
    items.push(
      `- **Changes:** rewritten as a whole (${escapeMarkdown(row.words.reason)}); word changes not shown.`,
    );
  for (const r of row.fate ?? []) {
    const text = r.note ? ` ${escapeMarkdown(r.note)}` : '';
    items.push(`- **${capitalize(FATE_NAMES[r.status])}:**${text}${fn.ref(r.sources)}`);
  }
  for (const n of pointNotes(row)) {
    const kind = n.kind === 'alternative' ? 'Another reading' : capitalize(n.kind);
    const side = n.side === 'left' ? 'before' : 'after';
    items.push(
      `- **${kind} (${side}, ${escapeMarkdown(n.label)}):** ${escapeMarkdown(n.text)}${fn.ref(n.sources)}`,
    );
  }
  const linkNote =
    row.link.kind === 'reported' || row.link.kind === 'inferred' ? row.link.note : undefined;
  const why = row.explain.filter((e) => e !== linkNote);
  if (why.length) items.push(`- **Why:** ${why.map(escapeMarkdown).join('; ')}`);
  return [heading, linkLine(row, sources, fn), items.join('\n')].join('\n\n');
}

function unchangedEntry(row: Row, fn: Footnotes): string {
  const notes: string[] = [];
  if (row.moved) notes.push('moved');
  for (const r of row.fate ?? []) notes.push(`${FATE_NAMES[r.status]}${fn.ref(r.sources)}`);
  return `${escapeMarkdown(rowLabels(row))}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * The comparison as a Markdown change report: title, both versions' completeness and counts,
 * a summary, one section per row with something to read (unchanged and not-reported rows are
 * listed compactly), numbered source footnotes. Deterministic.
 */
export function comparisonToMarkdown(
  c: Comparison,
  sources: ReadonlyMap<string, Source>,
  opts: MarkdownOptions = {},
): string {
  const fn = new Footnotes();
  const blocks: string[] = [];
  blocks.push(
    `# Changes from ${escapeMarkdown(versionName(c.left))} to ${escapeMarkdown(versionName(c.right))}`,
  );
  const facts = [versionLine('From', c.left, sources, fn), versionLine('To', c.right, sources, fn)];
  if (opts.permalink) facts.push(`- **Permalink:** ${autolink(opts.permalink)}`);
  blocks.push(facts.join('\n'));
  blocks.push(`**Summary:** ${summaryLine(c.summary)}.`);
  for (const notice of c.notices) blocks.push(`> **Note:** ${escapeMarkdown(notice)}`);
  blocks.push(...digestMarkdown(c, sources));

  // Rows with nothing to read beyond a label are listed compactly: unchanged points, and points
  // whose counterpart has no public text and no reported fate.
  const changed = c.rows.filter((r) => r.kind !== 'unchanged' && r.kind !== 'not-reported');
  const unchanged = c.rows.filter((r) => r.kind === 'unchanged');
  const notReported = c.rows.filter((r) => r.kind === 'not-reported');
  blocks.push('## Changes');
  if (changed.length === 0) blocks.push('No point changed.');
  for (const row of changed) blocks.push(rowSection(row, sources, fn));
  if (unchanged.length) {
    blocks.push(`## Unchanged (${unchanged.length})`);
    blocks.push(`${unchanged.map((r) => unchangedEntry(r, fn)).join(', ')}.`);
  }
  if (notReported.length) {
    blocks.push(`## Not reported (${notReported.length})`);
    const labels = notReported.flatMap((r) =>
      [...r.left, ...r.right].map((p) => escapeMarkdown(p.label)),
    );
    blocks.push(
      `The other version has no public text, and no outlet reported what happened to these points: ${labels.join(', ')}.`,
    );
  }
  const definitions = fn.definitions((id) => sources.get(id));
  if (definitions.length) {
    blocks.push('## Sources');
    blocks.push(definitions.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
