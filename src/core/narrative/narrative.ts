/**
 * A textual account of a comparison, for screen readers and for everyone: what a row's change is
 * in one or two sentences ("Point 6 (was 6): “600,000 personnel” changed to “800,000”. Reported by
 * Reuters."), and the counts a reader hears on entry ("21 changed, 5 removed, …").
 *
 * Why: screen readers do not announce diffs (microsoft/monaco-editor#445, "totals on entry",
 * "added/removed announced per line"), users cannot tell the original side from the modified one
 * (microsoft/vscode#203576), and insert/delete shown by colour alone is invisible
 * (otakustay/react-diff-view#232). So the account names the versions by title, never "left" or
 * "right", and says in words what the marks show (anchors.md §2.4, §3 item 9).
 *
 * Pure: no React, no DOM. Exact strings are pinned by tests on the bundled data.
 */
import { isChange } from '../compare/answer';
import { formatLabels } from '../compare/labels';
import type { Comparison, Row, RowKind, RowSummary, WordOp } from '../compare/rows';
import {
  FATE_NAMES,
  type FateReading,
  type Point,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';
import { changeGroups, pointNotes } from '../report/common';
import { capitalize, outletsOf } from '../model/sources';

/** How many "X changed to Y" pairs are spelled out before the rest is counted. */
export const MAX_SPELLED_PAIRS = 5;

/** A side of a pair longer than this many words is counted, not quoted. */
export const MAX_QUOTED_WORDS = 12;

/** The order counts are spoken in on entry: changes first, the unchanged last. */
const ENTRY_ORDER: readonly RowKind[] = [
  'changed',
  'added',
  'removed',
  'merged',
  'split',
  'not-reported',
  'unchanged',
];

const ENTRY_NAMES: Record<RowKind, string> = {
  changed: 'changed',
  added: 'added',
  removed: 'removed',
  merged: 'merged',
  split: 'split',
  'not-reported': 'not reported',
  unchanged: 'unchanged',
};

/** The rows the keys and the "Describe changes" list visit: the changes (`isChange`). */
export const isChangedRow: (row: Row) => boolean = isChange;

/** "21 changed, 5 removed, 4 merged, 1 unchanged": zero counts left out; "no points" when empty. */
export function entryCounts(summary: RowSummary): string {
  const parts = ENTRY_ORDER.filter((k) => summary[k] > 0).map(
    (k) => `${summary[k]} ${ENTRY_NAMES[k]}`,
  );
  return parts.length ? parts.join(', ') : 'no points to compare';
}

/**
 * What a reader hears on entering a comparison: both versions by title, the counts, and how to
 * read the point numbers of the row accounts.
 */
export function describeEntry(c: Comparison): string {
  const head = `${c.left.title} compared with ${c.right.title}: ${entryCounts(c.summary)}.`;
  if (c.left.id === c.right.id) return `${head} Both sides show the same version.`;
  const leftText = c.left.points.length > 0;
  const rightText = c.right.points.length > 0;
  if (leftText && rightText)
    return `${head} Point numbers are those of ${c.right.title}; “was” gives the number in ${c.left.title}.`;
  if (leftText || rightText) {
    const [withText, without] = leftText ? [c.left, c.right] : [c.right, c.left];
    return `${head} No text of ${without.title} is public: point numbers are those of ${withText.title}.`;
  }
  return head;
}

/**
 * One row in words: which points, what happened to them, what changed word by word (pairs of
 * deleted and inserted words as “X” changed to “Y”, the rest counted), flags, and the outlets
 * that reported the text (the newer side first, see `reportingIds`).
 */
export function describeRow(
  row: Row,
  left: Version,
  right: Version,
  sources: ReadonlyMap<SourceId, Source>,
): string {
  if (row.fate || row.kind === 'not-reported') return fateSentence(row, left, right, sources);
  const sentences = [`${headOf(row, right)}${bodyOf(row)}.`];
  sentences.push(...flagSentences(row, left, right));
  const names = outletNames(reportingIds(row), sources);
  if (names.length) sentences.push(`Reported by ${names.join(', ')}.`);
  return sentences.join(' ');
}

function labels(points: readonly Point[]): string {
  return formatLabels(points.map((p) => p.label));
}

function pointWord(points: readonly Point[], capital = false): string {
  const word = points.length > 1 ? 'points' : 'point';
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function headOf(row: Row, right: Version): string {
  const moved = row.moved ? ', moved' : '';
  const L = labels(row.left);
  const R = labels(row.right);
  switch (row.kind) {
    case 'added':
      return `${pointWord(row.right, true)} ${R} added in ${right.title} (${wordCount(joined(row.right))})`;
    case 'removed':
      return `${pointWord(row.left, true)} ${L} removed: not in ${right.title}`;
    case 'merged':
      return `${pointWord(row.left, true)} ${L} merged into ${pointWord(row.right)} ${R}${moved}`;
    case 'split':
      return `${pointWord(row.left, true)} ${L} split into ${pointWord(row.right)} ${R}${moved}`;
    default:
      // Also covers rows the engine marks added/removed from the other side (mirrored pairs).
      if (row.left.length === 0)
        return `${pointWord(row.right, true)} ${R} added in ${right.title}`;
      if (row.right.length === 0) return `${pointWord(row.left, true)} ${L} not in ${right.title}`;
      return `${pointWord(row.right, true)} ${R} (was ${L})${moved}`;
  }
}

function bodyOf(row: Row): string {
  if (row.kind === 'unchanged') return ': unchanged';
  if (!row.words) return '';
  if (row.words.kind === 'rewritten')
    return `: rewritten as a whole, word changes not shown (${row.words.reason})`;
  const parts = wordChangeParts(row.words.ops);
  return parts.length ? `: ${parts.join('; ')}` : ': only spacing changed';
}

/**
 * The word changes of a row as phrases: up to `MAX_SPELLED_PAIRS` replacements spelled out
 * (“X” changed to “Y”), then how many more, then the words added and removed on their own.
 */
export function wordChangeParts(ops: readonly WordOp[]): string[] {
  const groups = changeGroups(ops).map((g) => ({
    ...g,
    d: countWords(g.deleted),
    i: countWords(g.inserted),
  }));
  const pairs = groups.filter((g) => g.d > 0 && g.i > 0);
  const added = groups.filter((g) => g.d === 0).reduce((n, g) => n + g.i, 0);
  const removed = groups.filter((g) => g.i === 0).reduce((n, g) => n + g.d, 0);
  const punctuation = groups.some((g) => g.d === 0 && g.i === 0);
  const parts = pairs.slice(0, MAX_SPELLED_PAIRS).map((g) => {
    if (g.d > MAX_QUOTED_WORDS || g.i > MAX_QUOTED_WORDS)
      return `${plural(g.d, 'word')} replaced by ${g.i}`;
    return `${quote(g.deleted)} changed to ${quote(g.inserted)}`;
  });
  const more = pairs.length - MAX_SPELLED_PAIRS;
  if (more > 0) parts.push(`${more} more ${more === 1 ? 'passage' : 'passages'} changed`);
  if (added) parts.push(`${plural(added, 'word')} added`);
  if (removed) parts.push(`${plural(removed, 'word')} removed`);
  if (punctuation) parts.push('punctuation changed');
  return parts;
}

function flagSentences(row: Row, left: Version, right: Version): string[] {
  const out: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const notes = pointNotes(row).filter((n) => n.side === side);
    const title = side === 'left' ? left.title : right.title;
    const kinds = (['disputed', 'unverified'] as const).filter((k) =>
      notes.some((n) => n.kind === k),
    );
    if (kinds.length) out.push(`${capitalize(kinds.join(' and '))} in ${title}.`);
  }
  return out;
}

/**
 * Whose report the account credits: the sources of the right-hand text (the version the reader
 * compares to); where that side has no text, the outlets that reported the link (who said the
 * point was dropped). The sources of a removed point's own text are not credited: they reported
 * the point, not its removal.
 */
export function reportingIds(row: Row): SourceId[] {
  const right = unique(row.right.flatMap((p) => p.sources));
  if (right.length) return right;
  return row.link.kind === 'reported' ? unique(row.link.sources) : [];
}

function fateSentence(
  row: Row,
  left: Version,
  right: Version,
  sources: ReadonlyMap<SourceId, Source>,
): string {
  // Fate rows have text on one side only; the account names both versions.
  const [points, withText, without] = row.left.length
    ? [row.left, left, right]
    : [row.right, right, left];
  const head = `${pointWord(points, true)} ${labels(points)} of ${withText.title}, in ${without.title}`;
  const readings = row.fate ?? [];
  if (readings.length === 0) return `${head}: not reported; nothing is guessed.`;
  const phrase = (r: FateReading): string => {
    const names = outletNames(r.sources, sources);
    return `${FATE_NAMES[r.status]}${names.length ? ` — ${names.join(', ')}` : ''}`;
  };
  if (readings.length === 1) return `${head}: ${phrase(readings[0]!)}.`;
  return `${head}: outlets disagree: ${readings.map(phrase).join('; ')}.`;
}

/**
 * Unique outlet names of `ids`, in order. A name that another listed name contains as whole words
 * is left out ("Reuters" beside "The Telegraph and Reuters"), so a listener hears each outlet once.
 */
export function outletNames(
  ids: readonly SourceId[],
  sources: ReadonlyMap<SourceId, Source>,
): string[] {
  const names = outletsOf(ids, (id) => sources.get(id));
  return names.filter(
    (name) => !names.some((other) => other !== name && containsWords(other, name)),
  );
}

function containsWords(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function joined(points: readonly Point[]): string {
  return points.map((p) => p.text).join(' ');
}

/** Words are runs without spaces that hold a letter or a digit: "–" or "," alone is not a word. */
function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

function wordCount(text: string): string {
  return plural(countWords(text), 'word');
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/**
 * Quoted with typographic marks (screen readers skip them; eyes see the edges). Punctuation at the
 * edges is dropped (". Should" → “Should”): the change is in the words.
 */
function quote(text: string): string {
  return `“${text.replace(/^[\s,.;:]+|[\s,;:]+$/g, '')}”`;
}
