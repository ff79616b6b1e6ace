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
import { changeText, summaryLine } from '../compare/claims';
import { basisPhrase, statusPhrase } from '../compare/claim-phrases';
import { formatLabels } from '../compare/labels';
import type { Comparison, Row } from '../compare/rows';
import type { WordOp } from '../diff/words';
import {
  FATE_NAMES,
  FLAG_NAMES,
  type FateReading,
  type Point,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';
import { changeGroups, pointNotes } from '../report/common';
import { capitalize, outletsOf } from '../model/sources';
import { plural } from '../report/words';

/** How many "X changed to Y" pairs are spelled out before the rest is counted. */
export const MAX_SPELLED_PAIRS = 5;

/** A side of a pair longer than this many words is counted, not quoted. */
export const MAX_QUOTED_WORDS = 12;

/**
 * What a reader hears on entering a comparison: both versions by title, the counts by status and
 * evidence (the summary line every report prints), and how to read the point numbers.
 */
export function describeEntry(c: Comparison): string {
  const head = `${c.left.title} compared with ${c.right.title}: ${summaryLine(c.summary)}.`;
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
 * One row in words: which points, what the row claims (its status, with the change as stated, or
 * word by word where the texts are aligned), how that is known, and the points' flags. Rows whose
 * other side has no text tell the reported readings with their outlets.
 */
export function describeRow(
  row: Row,
  left: Version,
  right: Version,
  sources: ReadonlyMap<SourceId, Source>,
  via?: Version,
): string {
  if (row.readings || row.kind === 'not-reported') return fateSentence(row, left, right, sources);
  const sentences = [`${headOf(row, left, right)}${claimOf(row, left, right)}.`];
  const basis = basisSentence(row, sources, via);
  if (basis) sentences.push(basis);
  sentences.push(...flagSentences(row, left, right));
  return sentences.join(' ');
}

function labels(points: readonly Point[]): string {
  return formatLabels(points.map((p) => p.label));
}

function pointWord(points: readonly Point[], capital = false): string {
  const word = points.length > 1 ? 'points' : 'point';
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function headOf(row: Row, left: Version, right: Version): string {
  const moved = row.moved ? ', moved' : '';
  const L = labels(row.left);
  const R = labels(row.right);
  if (row.left.length === 0) return `${pointWord(row.right, true)} ${R} of ${right.title}`;
  if (row.right.length === 0) return `${pointWord(row.left, true)} ${L} of ${left.title}`;
  if (row.kind === 'merged')
    return `${pointWord(row.left, true)} ${L} merged into ${pointWord(row.right)} ${R}${moved}`;
  if (row.kind === 'split')
    return `${pointWord(row.left, true)} ${L} split into ${pointWord(row.right)} ${R}${moved}`;
  return `${pointWord(row.right, true)} ${R} (was ${L})${moved}`;
}

/** ": changed: “600,000” changed to “800,000”", ": dropped in …", ": kept; …". */
function claimOf(row: Row, left: Version, right: Version): string {
  switch (row.kind) {
    case 'unchanged':
      return ': unchanged';
    case 'kept': {
      const note = row.note ? ` (${row.note})` : '';
      return row.words ? `: kept${note}; our summaries are worded differently` : `: kept${note}`;
    }
    case 'changed':
      return `: changed${changeDetail(row)}`;
    case 'merged':
    case 'split':
      switch (row.content) {
        case 'kept':
          return ': kept';
        case 'changed':
          return `: changed${changeDetail(row)}`;
        case 'unknown':
          return ': whether they changed is not known';
        default:
          return row.content satisfies never;
      }
    case 'dropped':
      return `: dropped, not in ${right.title}`;
    case 'added':
      return `: added, not in ${left.title} (${wordCount(joined(row.right))})`;
    case 'open':
    case 'unknown':
    case 'not-reported':
      return `: ${statusPhrase(row, left, right)}${row.note ? ` (${row.note})` : ''}`;
    default:
      return row satisfies never;
  }
}

/**
 * The change of a changed row: word by word where the texts are aligned, else as stated by the
 * link ("600,000 → 800,000 in peacetime"), else its note.
 */
function changeDetail(row: Row): string {
  if (row.words?.kind === 'rewritten' && row.wording === 'changes')
    return `: rewritten as a whole, word changes not shown (${row.words.reason})`;
  if (row.words?.kind === 'words' && row.wording === 'changes') {
    const parts = wordChangeParts(row.words.ops);
    return parts.length ? `: ${parts.join('; ')}` : ': only spacing changed';
  }
  if (row.change) return `: ${changeText(row.change)}`;
  return row.note ? ` (${row.note})` : '';
}

function basisSentence(
  row: Row,
  sources: ReadonlyMap<SourceId, Source>,
  via: Version | undefined,
): string | null {
  const b = row.basis;
  if (b.kind === 'none' || row.kind === 'unchanged') return null;
  if (b.kind === 'reported') {
    const names = outletNames(b.sources, sources);
    return `Reported by ${names.length ? names.join(', ') : 'an outlet'}.`;
  }
  const title = (id: string) => (via?.id === id ? via.title : 'another version');
  const phrase = capitalize(basisPhrase(b, (id) => sources.get(id), title));
  return b.kind === 'inferred' && !b.via ? `${phrase}; no outlet said so.` : `${phrase}.`;
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
    const kinds = (['disputed', 'unverified', 'inferred', 'thin'] as const).filter((k) =>
      notes.some((n) => n.kind === k),
    );
    if (kinds.length)
      out.push(
        `${capitalize(kinds.map((k) => FLAG_NAMES[k].toLowerCase()).join(' and '))} in ${title}.`,
      );
  }
  return out;
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
  const readings = row.readings ?? [];
  if (readings.length === 0) return `${head}: not reported; nothing is guessed.`;
  const phrase = (r: FateReading): string => {
    const names = outletNames(r.sources, sources);
    const change = r.change ? ` (${changeText(r.change)})` : '';
    return `${FATE_NAMES[r.status]}${change}${names.length ? ` — ${names.join(', ')}` : ''}`;
  };
  if (readings.length === 1) return `${head}: ${phrase(readings[0]!)}.`;
  const status = row.kind === 'unknown' ? 'unknown' : statusPhrase(row, left, right);
  return row.disputed
    ? `${head}: ${status}; outlets disagree: ${readings.map(phrase).join('; ')}.`
    : `${head}: ${status}: ${readings.map(phrase).join('; ')}.`;
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

/** A letter or a digit at the start or at the end of a string (one code point: ≤ 2 code units). */
const WORD_CHAR_FIRST = /^[\p{L}\p{N}]/u;
const WORD_CHAR_LAST = /[\p{L}\p{N}]$/u;

/**
 * Whether `needle` stands in `haystack` as whole words. Two fixed patterns look at the characters
 * around each occurrence: a pattern compiled per pair of names cost ~9 ms per row on a phone's
 * first load (each row's account compares every pair of its outlets; issue #14).
 */
function containsWords(haystack: string, needle: string): boolean {
  // An empty name is in every string (and `indexOf('')` would never move on).
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (
      !WORD_CHAR_LAST.test(haystack.slice(Math.max(0, at - 2), at)) &&
      !WORD_CHAR_FIRST.test(haystack.slice(end, end + 2))
    )
      return true;
  }
  return false;
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

/**
 * Quoted with typographic marks (screen readers skip them; eyes see the edges). Punctuation at the
 * edges is dropped (". Should" → “Should”): the change is in the words.
 */
function quote(text: string): string {
  return `“${text.replace(/^[\s,.;:]+|[\s,;:]+$/g, '')}”`;
}
