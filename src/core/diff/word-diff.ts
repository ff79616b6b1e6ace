/**
 * The guarded word diff of two point texts: jsdiff's Myers diff (`diffArrays`) over the tokens of
 * `tokenize.ts`, compared without their whitespace.
 *
 * Guarantees, for every pair of strings (pinned by a property test):
 * - joining the `equal` and `delete` ops gives `left` exactly, and joining the `equal` and
 *   `insert` ops gives `right` exactly. Whitespace is part of the ops, never dropped: between two
 *   equal words whose whitespace differs, the old whitespace is deleted and the new inserted;
 * - no op is empty, no two neighbouring ops have the same kind, and inside a run of changes the
 *   deleted text comes first and the inserted text second ("~~600,000 personnel~~ 800,000 in
 *   peacetime"), which is how readers scan a word diff. jsdiff interleaves them as the edit
 *   graph happens to run.
 *
 * The budget: jsdiff keeps O(D²) memory, D being the number of edited tokens
 * (kpdecker/jsdiff#396), and a heavily rewritten merged group is the pathological case here. A
 * size check comes first (`maxComplexity`), then both jsdiff guards are passed (`maxEditLength`,
 * `timeout`); when one trips the result is `{ kind: 'rewritten' }` with the reason, never a
 * half-computed diff. MediaWiki takes the same exit ("bailoutComplexity": show the paragraph as
 * changed); see shared/brief/anchors.md §4.1.
 */
import { diffArrays } from 'diff';
import type { WordDiff, WordOp } from './words';
import { splitText } from './tokenize';
import { buildOps, type Run } from './word-ops';

/** How much work one word diff may do before it is shown as a whole rewrite. */
export interface WordDiffBudget {
  /**
   * Most edited tokens (deleted + inserted) jsdiff explores: its `maxEditLength`.
   * Default 1,000: a group is at most a few points of ~150 words (≤ ~400 tokens a side with
   * punctuation), so even a complete rewrite of such a group fits; only a pathological group
   * (huge merged points, or a pasted document) goes over.
   */
  maxEditLength: number;
  /**
   * Most (left words × right words) to compare, after the common start and end are set aside:
   * wikidiff2's `max_word_level_diff_complexity` (40,000,000, shared/brief/anchors.md §4.1).
   * Checked before calling jsdiff, so a pasted document fails fast instead of at the timeout.
   */
  maxComplexity: number;
  /**
   * Wall-clock limit in ms: jsdiff's `timeout`. Default 250 ms. A backstop only: within
   * `maxEditLength` a diff takes a few ms, and a clock that decided often would make the result
   * depend on the machine's load.
   */
  timeoutMs: number;
}

export const DEFAULT_WORD_DIFF_BUDGET: Readonly<WordDiffBudget> = {
  maxEditLength: 1000,
  maxComplexity: 40_000_000,
  timeoutMs: 250,
};

/**
 * Diffs two texts word by word.
 * @returns `{ kind: 'words', ops }` (see the module comment for the guarantees on `ops`), or
 *   `{ kind: 'rewritten', reason }` when the budget ran out.
 */
export function wordDiff(left: string, right: string, budget?: Partial<WordDiffBudget>): WordDiff {
  if (left === right)
    return { kind: 'words', ops: left === '' ? [] : [{ op: 'equal', text: left }] };
  // Most edits touch a few words of a long point. The common prefix and suffix are found by
  // comparing characters, cut back to places where tokenizing can restart (`isBoundary`), and
  // only the middle is tokenized and diffed.
  const start = prefixCut(left, right);
  const [endLeft, endRight] = suffixCut(left, right, start);
  const middle = diffTokens(left.slice(start, endLeft), right.slice(start, endRight), budget);
  if (middle.kind === 'rewritten') return middle;
  const ops: WordOp[] = [];
  pushOp(ops, 'equal', left.slice(0, start));
  for (const op of middle.ops) pushOp(ops, op.op, op.text);
  pushOp(ops, 'equal', left.slice(endLeft));
  return { kind: 'words', ops };
}

/** Appends an op, merging it into the last one when they have the same kind; skips empty text. */
function pushOp(ops: WordOp[], op: WordOp['op'], text: string): void {
  if (text === '') return;
  const last = ops[ops.length - 1];
  if (last !== undefined && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/** The longest common prefix of `a` and `b`, cut back to a token boundary of both. */
function prefixCut(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let k = 0;
  while (k < max && a.charCodeAt(k) === b.charCodeAt(k)) k += 1;
  for (let c = k; c > 0; c -= 1) if (isBoundary(a, c) && isBoundary(b, c)) return c;
  return 0;
}

/** Where the longest common suffix after `start` begins in `a` and in `b`, moved forward to a token boundary of both. */
function suffixCut(a: string, b: string, start: number): [number, number] {
  const max = Math.min(a.length, b.length) - start;
  let k = 0;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k += 1;
  for (let s = k; s > 0; s -= 1) {
    if (isBoundary(a, a.length - s) && isBoundary(b, b.length - s))
      return [a.length - s, b.length - s];
  }
  return [a.length, b.length];
}

const SPACE = /\s/;
const DIGIT = /\p{Nd}/u;

/**
 * Whether `tokenize` has a token boundary at `c` that tokenizing from `c` alone finds too: a
 * non-space character after a whitespace run. Unless the run follows a digit, or "per" or
 * "square": "100 days", "600 000" (no-break space), "30 per cent" and "5 square kilometres" are
 * single tokens that span whitespace. (A cut in the wrong place would only make the diff coarser
 * or finer there; the rebuilt texts are exact either way.)
 */
function isBoundary(text: string, c: number): boolean {
  if (c <= 0 || c >= text.length) return false;
  if (isSpace(text, c) || !isSpace(text, c - 1)) return false;
  let j = c - 1;
  while (j >= 0 && isSpace(text, j)) j -= 1;
  if (j < 0) return true;
  const code = text.charCodeAt(j);
  if (code >= 48 && code <= 57) return false;
  if (
    code >= 128 &&
    DIGIT.test(code >= 0xdc00 && code <= 0xdfff ? text.slice(j - 1, j + 1) : (text[j] ?? ''))
  )
    return false;
  return !UNIT_START.test(text.slice(Math.max(0, j - 6), j + 1));
}

/** The first word of a two-word unit ("per cent", "square kilometres"), at the end of a text. */
const UNIT_START = /(?:^|[^\p{L}])(?:per|square)$/iu;

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[i] ?? '');
}

/** The word diff of two texts that start and end at token boundaries. */
function diffTokens(
  left: string,
  right: string,
  budget: Partial<WordDiffBudget> | undefined,
): WordDiff {
  if (left === '')
    return { kind: 'words', ops: right === '' ? [] : [{ op: 'insert', text: right }] };
  if (right === '') return { kind: 'words', ops: [{ op: 'delete', text: left }] };

  const a = splitText(left);
  const b = splitText(right);
  const aw = a.words;
  const bw = b.words;

  // Common prefix and suffix tokens (equal apart from whitespace) are cut before calling jsdiff,
  // which trims only the prefix itself.
  const shorter = Math.min(aw.length, bw.length);
  let prefix = 0;
  while (prefix < shorter && aw[prefix] === bw[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && aw[aw.length - 1 - suffix] === bw[bw.length - 1 - suffix]) {
    suffix += 1;
  }

  const runs: Run[] = [];
  if (prefix > 0) runs.push({ kind: 'equal', count: prefix });
  const midA = aw.slice(prefix, aw.length - suffix);
  const midB = bw.slice(prefix, bw.length - suffix);
  if (
    midA.length > 0 &&
    midB.length > 0 &&
    (midA.length + midB.length < SHARE_CHECK || shareAny(midA, midB))
  ) {
    const limits = { ...DEFAULT_WORD_DIFF_BUDGET, ...budget };
    if (midA.length * midB.length > limits.maxComplexity) {
      const size = `${midA.length.toLocaleString('en-US')} × ${midB.length.toLocaleString('en-US')} words`;
      return { kind: 'rewritten', reason: `too many differences to show word by word (${size})` };
    }
    const started = Date.now();
    const changes = diffArrays(midA, midB, {
      maxEditLength: limits.maxEditLength,
      timeout: limits.timeoutMs,
    });
    if (changes === undefined) {
      const tookMs = Date.now() - started;
      const why =
        tookMs >= limits.timeoutMs
          ? `gave up after ${limits.timeoutMs} ms`
          : `more than ${limits.maxEditLength.toLocaleString('en-US')} words changed`;
      return { kind: 'rewritten', reason: `too many differences to show word by word (${why})` };
    }
    for (const change of changes) {
      const count = change.count;
      runs.push({ kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal', count });
    }
  } else {
    if (midA.length > 0) runs.push({ kind: 'delete', count: midA.length });
    if (midB.length > 0) runs.push({ kind: 'insert', count: midB.length });
  }
  if (suffix > 0) runs.push({ kind: 'equal', count: suffix });

  return { kind: 'words', ops: buildOps(a, b, runs) };
}

/**
 * Whether two token lists have any token in common. When they have none (a rewritten point),
 * the diff is one deletion and one insertion, and jsdiff would spend O(D²) finding that out.
 * Asked only from `SHARE_CHECK` tokens on: below, jsdiff finds out quickly anyway.
 */
function shareAny(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (const t of small) SEEN.add(t);
  const shared = large.some((t) => SEEN.has(t));
  SEEN.clear();
  return shared;
}

const SHARE_CHECK = 400;

/** Reused by `shareAny` (cleared after each call) rather than allocated per diff. */
const SEEN = new Set<string>();
