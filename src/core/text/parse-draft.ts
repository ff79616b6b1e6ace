/**
 * A pasted plain-text or Markdown draft → numbered points.
 *
 * Drafts of the plan circulate as reposts, translations and forum posts (brief/plan-versions.md
 * §0: E2 is a Japanese forum post, A9 an Italian copy, many are Cyrillic), so the parser guesses
 * the numbering instead of demanding one format, says what it guessed (`style`), and lets the
 * reader force another (`parseDraftTextAs`). Expected failure is a value: the parser never
 * throws; everything it dropped or renamed is an `issue` naming the line.
 *
 * Heuristics, in the order they apply:
 * 1. Lines are cleaned first: UTF-8 BOM, CRLF/CR, control characters and terminal escape
 *    sequences (removed with an issue, see controls.ts), blockquote `>`, Markdown heading `#`s,
 *    bold markers (`**`, `__`), code fences and horizontal rules; whitespace runs become one space.
 * 2. A line is a *candidate* of a style when it starts with that style's numbering. A number
 *    has 1–5 digits, and one of 4 or 5 digits counts only in sequence (…, 1999, 2000), so a
 *    wrapped line starting with a year ("2025. The parties…") or a figure ("600,000 troops") is
 *    text, while a list can run past 9,999 (the import limit is 10,000 points: limits.ts).
 * 3. A candidate starts a point only when it is in sequence with the last point (5 → 6,
 *    10 → 10a → 10b → 11), is the first point and numbered 1, or starts a block: it is the
 *    first line, follows a blank line or a heading, follows another numbered/bulleted line, or
 *    the previous line ends a sentence (`.`, `:`, `;`, `!`, `?`, closing quote). A line such as
 *    "1) and the exchange" that continues an unfinished sentence stays part of that text.
 * 4. The dominant style is the one with the most such candidates (ties: the order of
 *    `NUMBERING_STYLES`). Candidates of other styles are ordinary text. No candidate at all →
 *    unnumbered paragraphs, numbered 1, 2, 3….
 * 5. Under a numbered point, `a)` / `(a)` start lettered sub-points ("10a"), whatever the style;
 *    `10a`, `10a.`, `10(a)` are sub-points too. Bullets (`-`, `•`, `*`, `+`, `–`) are folded into
 *    the point's text, separated by " • ". Other lines are wrapped text, joined with a space.
 * 6. A heading without numbering is a title or section title: it ends the open point, and text
 *    under it that belongs to no point is reported and left out.
 * 7. Markdown lists numbered "1." throughout (lazy numbering) are renumbered 1, 2, 3….
 * 8. A label used twice keeps the first; later ones become "12 (2)", "12 (3)" with an issue.
 */

import { silent, splitLines, startsBlock, type Line, type Progress } from './draft-lines';
import { parseLines, type ParseResult } from './draft-points';
import {
  inSequence,
  matchStyle,
  NUMBERING_STYLES,
  YEARS,
  type Candidate,
  type DraftStyle,
} from './numbering';

export { findDraftTitle } from './draft-lines';
export { NO_POINTS, type ParsedPoint, type ParseIssue, type ParseResult } from './draft-points';
export {
  DRAFT_STYLE_NAMES,
  DRAFT_STYLES,
  NUMBERING_STYLES,
  type DraftStyle,
  type NumberingStyle,
} from './numbering';

/** For long drafts read in a worker: `onProgress(fraction)` is called now and then, 0..1. */
export interface ParseOptions {
  onProgress?: (fraction: number) => void;
}

/** Reads a draft, guessing its numbering style (see the heuristics above). Never throws. */
export function parseDraftText(text: string, options: ParseOptions = {}): ParseResult {
  const report = phases(options, [0.35, 0.3, 0.35]);
  const lines = splitLines(text, report(0));
  return parseLines(lines, dominantStyle(lines, report(1)), report(2));
}

/** Reads a draft in the given style, for when the guess was wrong. Never throws. */
export function parseDraftTextAs(
  text: string,
  style: DraftStyle,
  options: ParseOptions = {},
): ParseResult {
  const report = phases(options, [0.5, 0, 0.5]);
  return parseLines(splitLines(text, report(0)), style, report(2));
}

/** Progress of each phase (0..1) as progress of the whole parse, phases weighted by `weights`. */
function phases({ onProgress }: ParseOptions, weights: readonly number[]): (i: number) => Progress {
  if (!onProgress) return () => silent;
  return (i) => {
    const before = weights.slice(0, i).reduce((a, b) => a + b, 0);
    const weight = weights[i] ?? 0;
    return (fraction) => onProgress(before + weight * fraction);
  };
}

/** Heuristic 4: the style with the most candidates that start a point; none → paragraphs. */
function dominantStyle(lines: readonly Line[], progress: Progress = silent): DraftStyle {
  let best: DraftStyle = 'paragraphs';
  let bestCount = 0;
  for (const [s, style] of NUMBERING_STYLES.entries()) {
    progress(s / NUMBERING_STYLES.length);
    let count = 0;
    let last: Candidate | null = null;
    lines.forEach((line, i) => {
      const c = line.blank ? null : matchStyle(style, line.text);
      if (!c) return;
      const follows = inSequence(c, last);
      if (follows || (c.num < YEARS && startsBlock(lines, i))) count += 1;
      last = c;
    });
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}
