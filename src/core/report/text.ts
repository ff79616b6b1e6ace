/**
 * A comparison for a terminal: rows stacked, word changes marked the way `git diff --word-diff`
 * does (`[-old-]{+new+}`), wrapped to a width. Plain text, no colour codes, so it pipes cleanly.
 */
import { ROW_KIND_NAMES, type Comparison, type Row, type WordOp } from '../compare/rows';
import {
  FATE_NAMES,
  dateText,
  type Point,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';
import {
  outletName,
  percent,
  pointNotes,
  rowLabels,
  rowSimilarity,
  sourceDate,
  splitEdges,
  summaryLine,
  versionName,
  versionStatus,
} from './common';
import { capitalize } from '../model/sources';

/** The narrowest width the view wraps to; below it lines would hold a word or two. */
const MIN_WIDTH = 40;

/** Wraps `text` after `prefix`, continuation lines indented under the text. Width in code points. */
function wrap(prefix: string, text: string, width: number): string[] {
  const indent = ' '.repeat([...prefix].length);
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of words) {
    if (word === '') continue;
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && [...candidate].length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Numbered references `[1]` to sources, in order of first mention. */
class References {
  private readonly order: SourceId[] = [];

  ref(ids: readonly SourceId[]): string {
    const refs = ids.map((id) => {
      let i = this.order.indexOf(id);
      if (i < 0) i = this.order.push(id) - 1;
      return `[${i + 1}]`;
    });
    return refs.length ? ` ${refs.join('')}` : '';
  }

  list(sources: ReadonlyMap<SourceId, Source>, width: number): string[] {
    return this.order.flatMap((id, i) => {
      const s = sources.get(id);
      const body = s
        ? `${outletName(s)} (${sourceDate(s)}) ${s.url}`
        : `${id} (not in the source register)`;
      return wrap(`  [${i + 1}] `, body, width);
    });
  }
}

/** Joins the words of a short mark so that `wrap` keeps it on one line. */
const GLUE = '\u0001';

/**
 * `[-old-]{+new+}` with the marks hugging the words; whitespace-only changes keep the new
 * spacing. A mark up to `glueMax` code points long is kept on one line (GLUE for its spaces).
 */
function markOps(ops: readonly WordOp[], glueMax: number): string {
  return ops
    .map((op) => {
      const text = op.text.replaceAll(GLUE, '');
      if (op.op === 'equal') return text;
      const [lead, core, trail] = splitEdges(text);
      if (core === '') return op.op === 'insert' ? text : '';
      const glued = [...core].length <= glueMax ? core.replace(/\s+/g, GLUE) : core;
      return op.op === 'delete' ? `${lead}[-${glued}-]${trail}` : `${lead}{+${glued}+}${trail}`;
    })
    .join('');
}

function versionLines(role: string, v: Version, width: number): string[] {
  return wrap(role, `${v.title}, ${dateText(v)}. ${versionStatus(v)}.`, width);
}

function linkText(
  row: Row,
  sources: ReadonlyMap<SourceId, Source>,
  refs: References,
): string | null {
  const similarity = rowSimilarity(row);
  const similar = similarity === undefined ? '' : `; texts ${percent(similarity)} similar`;
  const note = (text: string | undefined): string => (text ? ` (${text})` : '');
  const link = row.link;
  switch (link.kind) {
    case 'reported': {
      const who = [...new Set(link.sources.map((id) => sources.get(id)?.outlet ?? id))].join(', ');
      return `Link reported by ${who || 'an outlet'}${refs.ref(link.sources)}${note(link.note)}${similar}.`;
    }
    case 'inferred':
      return `Link inferred by the project${note(link.note)}${similar}.`;
    case 'engine':
      return `Matched by text, ${percent(link.similarity)} similar.`;
    case 'fate':
      return 'No text is public on the other side; outlets reported:';
    case 'none':
      return row.kind === 'not-reported'
        ? 'No text is public on the other side; not reported.'
        : null;
  }
}

function pointLines(
  mark: string,
  points: readonly Point[],
  refs: References,
  width: number,
): string[] {
  return points.flatMap((p) =>
    wrap(`  ${mark} ${p.label}: `, `${p.text}${refs.ref(p.sources)}`, width),
  );
}

function rowLines(
  row: Row,
  sources: ReadonlyMap<SourceId, Source>,
  refs: References,
  width: number,
): string[] {
  const head = `${rowLabels(row)}  ${ROW_KIND_NAMES[row.kind]}${row.moved ? ', moved' : ''}`;
  if ((row.kind === 'unchanged' && !row.fate) || row.kind === 'not-reported') return [head];
  const lines = [head];
  const link = linkText(row, sources, refs);
  if (link) lines.push(...wrap('  ', link, width));
  if (row.words?.kind === 'words') {
    const labels = (ps: readonly Point[]): string => ps.map((p) => p.label).join('+');
    const marked = markOps(row.words.ops, Math.floor(width / 3));
    lines.push(
      ...wrap(`  ${labels(row.left)} → ${labels(row.right)}: `, marked, width).map((l) =>
        l.replaceAll(GLUE, ' '),
      ),
    );
  } else {
    if (row.words?.kind === 'rewritten')
      lines.push(...wrap('  ', `Rewritten as a whole (${row.words.reason}).`, width));
    lines.push(
      ...pointLines('-', row.left, refs, width),
      ...pointLines('+', row.right, refs, width),
    );
  }
  for (const r of row.fate ?? [])
    lines.push(
      ...wrap(
        '  * ',
        `${capitalize(FATE_NAMES[r.status])}${r.note ? `: ${r.note}` : ''}${refs.ref(r.sources)}`,
        width,
      ),
    );
  for (const n of pointNotes(row)) {
    const kind = n.kind === 'alternative' ? 'Another reading' : capitalize(n.kind);
    lines.push(
      ...wrap(
        '  ! ',
        `${kind} (${n.side === 'left' ? 'before' : 'after'}, ${n.label}): ${n.text}${refs.ref(n.sources)}`,
        width,
      ),
    );
  }
  return lines;
}

/**
 * The comparison for a terminal: a header with both versions and the summary, then one block per
 * row (unchanged and not-reported rows as a single line; changed text with `[-old-]{+new+}` marks; added and
 * removed points as `+`/`-` lines), then the numbered sources. `width` ≥ 40 code points.
 */
export function comparisonToText(
  c: Comparison,
  sources: ReadonlyMap<string, Source>,
  width = 100,
): string {
  const w = Math.max(MIN_WIDTH, Math.floor(Number.isFinite(width) ? width : 100));
  const refs = new References();
  const out: string[] = [];
  out.push(...wrap('', `Changes from ${versionName(c.left)} to ${versionName(c.right)}`, w));
  out.push(...versionLines('From: ', c.left, w), ...versionLines('To:   ', c.right, w));
  out.push(...wrap('Summary: ', `${summaryLine(c.summary)}.`, w));
  for (const notice of c.notices) out.push(...wrap('Note: ', notice, w));
  out.push('='.repeat(w));
  for (const row of c.rows) {
    const lines = rowLines(row, sources, refs, w);
    // Single-line (unchanged) rows sit together; a row with a body gets a blank line either side.
    if (lines.length > 1 || out[out.length - 1]?.startsWith('  ')) out.push('');
    out.push(...lines);
  }
  const list = refs.list(sources, w);
  if (list.length) out.push('', 'Sources', ...list);
  return `${out.join('\n')}\n`;
}
