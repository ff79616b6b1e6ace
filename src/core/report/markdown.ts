/**
 * A comparison as a Markdown change report: paste-able into an article, a wiki or an issue
 * (anchors.md §"Exportable, citable change log"). Deterministic: no current date, no
 * randomness, so the page's download and `npm run compare -- … --format md` are byte-identical.
 *
 * Point texts come from third-party reporting and user imports and are untrusted: every piece of
 * data is escaped, so a text cannot open a link, an HTML tag, a table or emphasis of its own.
 */
import { changeLabel, changeText, PARAPHRASE_DISCLOSURE } from '../compare/claims';
import { basisPhrase, statusPhrase, toldInFull } from '../compare/claim-phrases';
import { STATUS_NAMES, type Comparison, type Row, type WordOp } from '../compare/rows';
import {
  FATE_NAMES,
  FLAG_NAMES,
  dateText,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';
import {
  pointNotes,
  rowLabels,
  splitEdges,
  summaryLine,
  versionName,
  versionStatus,
} from './common';
import { digestMarkdown } from './digest-markdown';
import { autolink, escapeMarkdown, Footnotes } from './footnotes';
import { capitalize, creditedOutlet } from '../model/sources';

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
    const source = sources.get(id);
    const name = source ? creditedOutlet(source) : id;
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

/** How the row's claim is known, as a sentence with footnotes for reported sources. */
function basisLine(
  row: Row,
  c: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
  fn: Footnotes,
): string {
  const b = row.basis;
  switch (b.kind) {
    case 'reported':
      return `Reported by ${b.sources.length ? outletRefs(b.sources, sources, fn) : 'an outlet'}.`;
    case 'inferred':
      return b.via
        ? `Inferred by the project through the ${escapeMarkdown(viaTitle(c, b.via))}; no link is recorded between these two versions.`
        : 'Inferred by the project from the two lists; no outlet said so.';
    case 'engine':
      return `${escapeMarkdown(capitalize(basisPhrase(b, (id) => sources.get(id))))}: the engine's judgement, no link is recorded.`;
    case 'none':
      return row.kind === 'not-reported'
        ? 'No text is public on the other side, and no outlet reported what happened to this point.'
        : 'No source says what became of this point.';
    default:
      return b satisfies never;
  }
}

/** The title of the version a joined row went through (it is not one of the two compared). */
function viaTitle(c: Comparison, id: string): string {
  return c.via?.id === id ? c.via.title : id;
}

function rowSection(
  row: Row,
  c: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
  fn: Footnotes,
): string {
  const status = capitalize(statusPhrase(row, c.left, c.right));
  const heading = `### ${escapeMarkdown(rowLabels(row))} · ${escapeMarkdown(status)}${row.moved ? ' · moved' : ''}${row.disputed ? ' · disputed' : ''}`;
  const items: string[] = [];
  if (row.change)
    items.push(`- **${changeLabel(row.basis)}:** ${escapeMarkdown(changeText(row.change))}`);
  if (row.note) items.push(`- **Note:** ${escapeMarkdown(row.note)}`);
  for (const p of row.left)
    items.push(
      `- **Before (${escapeMarkdown(p.label)}):** ${escapeMarkdown(p.text)}${fn.ref(p.sources)}`,
    );
  for (const p of row.right)
    items.push(
      `- **After (${escapeMarkdown(p.label)}):** ${escapeMarkdown(p.text)}${fn.ref(p.sources)}`,
    );
  if (row.words?.kind === 'words' && row.wording === 'changes')
    items.push(`- **Word changes:** ${renderOps(row.words.ops)}`);
  else if (row.words?.kind === 'words')
    items.push(
      '- **Wording:** our two summaries are worded differently; that is not a reported change.',
    );
  else if (row.words?.kind === 'rewritten')
    items.push(
      `- **Word changes:** rewritten as a whole (${escapeMarkdown(row.words.reason)}); word changes not shown.`,
    );
  for (const r of row.readings ?? []) {
    const change = r.change ? ` (${escapeMarkdown(changeText(r.change))})` : '';
    items.push(
      `- **${capitalize(FATE_NAMES[r.status])}:** ${escapeMarkdown(r.note)}${change}${fn.ref(r.sources)}`,
    );
  }
  for (const n of pointNotes(row)) {
    const kind = n.kind === 'alternative' ? 'Another reading' : FLAG_NAMES[n.kind];
    const side = n.side === 'left' ? 'before' : 'after';
    items.push(
      `- **${kind} (${side}, ${escapeMarkdown(n.label)}):** ${escapeMarkdown(n.text)}${fn.ref(n.sources)}`,
    );
  }
  const why = row.explain.filter((e) => e !== row.note);
  if (why.length) items.push(`- **Why:** ${why.map(escapeMarkdown).join('; ')}`);
  // Reported fates name their sources with each reading.
  const basis = row.readings
    ? 'No text is public on the other side; what outlets reported about this point:'
    : basisLine(row, c, sources, fn);
  return [heading, basis, items.join('\n')].join('\n\n');
}

/** "24 → 17 (inferred by the project; note)": a row listed on one line. */
function compactEntry(
  row: Row,
  c: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
  fn: Footnotes,
): string {
  const parts: string[] = [];
  if (row.kind !== 'unchanged' && row.kind !== 'not-reported') {
    const b = row.basis;
    parts.push(
      b.kind === 'reported'
        ? `reported by ${outletRefs(b.sources, sources, fn)}`
        : escapeMarkdown(
            basisPhrase(
              b,
              (id) => sources.get(id),
              (id) => viaTitle(c, id),
            ),
          ),
    );
  }
  if (row.note) parts.push(escapeMarkdown(row.note));
  if (row.moved) parts.push('moved');
  if (row.kind === 'kept' && row.words) parts.push('worded differently in our summaries');
  return `- ${escapeMarkdown(rowLabels(row))}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

/**
 * The comparison as a Markdown change report: title, both versions' completeness and counts, the
 * paraphrase disclosure, a summary by status and evidence, one section per change (and per point
 * left open), then the points whose fate is unknown, not reported, kept and unchanged as lists,
 * and numbered source footnotes. Deterministic.
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
  blocks.push(`*${escapeMarkdown(PARAPHRASE_DISCLOSURE)}*`);
  blocks.push(`**Summary:** ${escapeMarkdown(summaryLine(c.summary))}.`);
  for (const notice of c.notices) blocks.push(`> **Note:** ${escapeMarkdown(notice)}`);
  blocks.push(...digestMarkdown(c, sources));

  const changes = c.rows.filter(toldInFull);
  blocks.push('## Changes');
  if (changes.length === 0) blocks.push('No change is reported or inferred.');
  for (const row of changes) blocks.push(rowSection(row, c, sources, fn));
  const listed = (kind: 'unknown' | 'not-reported' | 'kept' | 'unchanged', intro: string): void => {
    const rows = c.rows.filter((r) => r.kind === kind && !toldInFull(r));
    if (!rows.length) return;
    blocks.push(`## ${STATUS_NAMES[kind]} (${rows.length})`);
    blocks.push(`${intro}\n\n${rows.map((r) => compactEntry(r, c, sources, fn)).join('\n')}`);
  };
  listed(
    'unknown',
    'What became of these points is not known: the other version does not mention them, or outlets disagree.',
  );
  listed(
    'not-reported',
    'The other version has no public text, and no outlet reported what happened to these points.',
  );
  listed(
    'kept',
    'These points survived; where our summaries are worded differently, that is not a reported change.',
  );
  listed('unchanged', 'The same text on both sides.');
  const definitions = fn.definitions((id) => sources.get(id));
  if (definitions.length) {
    blocks.push('## Sources');
    blocks.push(definitions.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
