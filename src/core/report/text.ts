/**
 * A comparison for a terminal: rows stacked, word changes marked the way `git diff --word-diff`
 * does (`[-old-]{+new+}`), wrapped to a width. Plain text, no colour codes, so it pipes cleanly.
 */
import { changeLabel, changeText, PARAPHRASE_DISCLOSURE } from '../compare/claims';
import { basisPhrase, statusPhrase, toldInFull } from '../compare/claim-phrases';
import type { Comparison, Row, WordOp } from '../compare/rows';
import {
  FATE_NAMES,
  FLAG_NAMES,
  dateText,
  type Point,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';
import {
  outletName,
  pointNotes,
  rowLabels,
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

/** How the row's claim is known, with references for reported sources; `null` when nothing to say. */
function basisText(
  row: Row,
  c: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
  refs: References,
): string | null {
  const b = row.basis;
  switch (b.kind) {
    case 'reported': {
      const who = [...new Set(b.sources.map((id) => sources.get(id)?.outlet ?? id))].join(', ');
      return `Reported by ${who || 'an outlet'}${refs.ref(b.sources)}.`;
    }
    case 'inferred':
      return b.via
        ? `Inferred by the project through the ${c.via?.id === b.via ? c.via.title : b.via}.`
        : 'Inferred by the project; no outlet said so.';
    case 'engine':
      return `${capitalize(basisPhrase(b, (id) => sources.get(id)))} (the engine's judgement).`;
    case 'none':
      return null;
    default:
      return b satisfies never;
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
  c: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
  refs: References,
  width: number,
): string[] {
  const marks = `${row.moved ? ', moved' : ''}${row.disputed ? ', disputed' : ''}`;
  const head = `${rowLabels(row)}  ${capitalize(statusPhrase(row, c.left, c.right))}${marks}`;
  const basis = basisText(row, c, sources, refs);
  if (!toldInFull(row)) {
    // One line: what survived, what is not known, what nobody reported.
    if (row.kind === 'unchanged' || row.kind === 'not-reported') return [head];
    const how =
      row.basis.kind === 'reported'
        ? `reported by ${[...new Set(row.basis.sources.map((id) => sources.get(id)?.outlet ?? id))].join(', ')}${refs.ref(row.basis.sources)}`
        : row.basis.kind === 'none'
          ? ''
          : basisPhrase(
              row.basis,
              (id) => sources.get(id),
              (id) => (c.via?.id === id ? c.via.title : id),
            );
    if (!row.note) return how ? wrap(`${head} `, `(${how})`, width) : [head];
    return wrap(`${head}: `, [row.note, how && `(${how})`].filter(Boolean).join(' '), width);
  }
  const lines = [head];
  // Reported fates name their sources with each reading.
  if (basis && !row.readings) lines.push(...wrap('  ', basis, width));
  if (row.change)
    lines.push(...wrap(`  ${changeLabel(row.basis)}: `, changeText(row.change), width));
  if (row.note) lines.push(...wrap('  Note: ', row.note, width));
  if (row.words?.kind === 'words' && row.wording === 'changes') {
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
    if (row.words?.kind === 'words')
      lines.push(
        ...wrap(
          '  ',
          'Our two summaries are worded differently; that is not a reported change.',
          width,
        ),
      );
  }
  for (const r of row.readings ?? [])
    lines.push(
      ...wrap(
        '  * ',
        `${capitalize(FATE_NAMES[r.status])}: ${r.note}${r.change ? ` (${changeText(r.change)})` : ''}${refs.ref(r.sources)}`,
        width,
      ),
    );
  for (const n of pointNotes(row)) {
    const kind = n.kind === 'alternative' ? 'Another reading' : FLAG_NAMES[n.kind];
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
 * The comparison for a terminal: a header with both versions, the paraphrase disclosure and the
 * summary, then one block per change or reported fate (aligned texts with `[-old-]{+new+}` marks;
 * summaries and one-sided points as `-`/`+` lines), one line for every other row, then the
 * numbered sources. `width` ≥ 40 code points.
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
  out.push(...wrap('', PARAPHRASE_DISCLOSURE, w));
  out.push(...wrap('Summary: ', `${summaryLine(c.summary)}.`, w));
  for (const notice of c.notices) out.push(...wrap('Note: ', notice, w));
  out.push('='.repeat(w));
  for (const row of c.rows) {
    const lines = rowLines(row, c, sources, refs, w);
    // Single-line (unchanged) rows sit together; a row with a body gets a blank line either side.
    if (lines.length > 1 || out[out.length - 1]?.startsWith('  ')) out.push('');
    out.push(...lines);
  }
  const list = refs.list(sources, w);
  if (list.length) out.push('', 'Sources', ...list);
  return `${out.join('\n')}\n`;
}
