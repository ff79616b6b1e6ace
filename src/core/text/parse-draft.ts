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

import { stripControls } from './controls';

/** The numbering styles the parser recognises, in tie-break order. */
export const NUMBERING_STYLES = [
  'dot',
  'paren',
  'parens',
  'point',
  'article',
  'section',
  'dash',
  'roman',
] as const;
/** A numbering style of a draft. */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
/** What the parser read: a numbering style, or unnumbered paragraphs. */
export type DraftStyle = NumberingStyle | 'paragraphs';

/** Every style with a human name and an example, for the "numbering" picker of the import UI. */
export const DRAFT_STYLES: ReadonlyArray<{ style: DraftStyle; name: string; example: string }> = [
  { style: 'dot', name: 'Numbers with a dot', example: '1.  2.  10a.' },
  { style: 'paren', name: 'Numbers with a parenthesis', example: '1)  2)  10a)' },
  { style: 'parens', name: 'Numbers in parentheses', example: '(1)  (2)  (10a)' },
  { style: 'point', name: '"Point" and a number', example: 'Point 1:  Пункт 2.' },
  { style: 'article', name: 'Articles', example: 'Article 1  Art. 2  Стаття 3' },
  { style: 'section', name: 'Section signs', example: '§ 1  § 2' },
  { style: 'dash', name: 'Numbers with a dash', example: '1 –  2 -' },
  { style: 'roman', name: 'Roman numerals', example: 'I.  II.  IV)' },
  { style: 'paragraphs', name: 'Unnumbered paragraphs', example: 'one point per paragraph' },
];

/** The human name of each style ("Numbers with a dot"). */
export const DRAFT_STYLE_NAMES = Object.fromEntries(
  DRAFT_STYLES.map((s) => [s.style, s.name]),
) as Record<DraftStyle, string>;

/** One point read from the draft: its label as numbered there, its text, and its first line. */
export interface ParsedPoint {
  label: string;
  text: string;
  /** 1-based line of the draft where the point starts. */
  line: number;
}

/** Something the reader should know about the parse, naming the line. */
export interface ParseIssue {
  line: number;
  message: string;
  /** `error`: nothing usable was found; `warning`: the points are usable but something was changed or left out. */
  severity: 'warning' | 'error';
}

/** The points of a draft, the style they were read in, and what went wrong. */
export interface ParseResult {
  points: ParsedPoint[];
  style: DraftStyle;
  issues: ParseIssue[];
}

/** The message of the issue returned when a draft yields no point. */
export const NO_POINTS = 'no points found';

/** For long drafts read in a worker: `onProgress(fraction)` is called now and then, 0..1. */
export interface ParseOptions {
  onProgress?: (fraction: number) => void;
}

/** Lines between two progress calls: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 4096;

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

type Progress = (fraction: number) => void;
const silent: Progress = () => undefined;

/** Progress of each phase (0..1) as progress of the whole parse, phases weighted by `weights`. */
function phases({ onProgress }: ParseOptions, weights: readonly number[]): (i: number) => Progress {
  if (!onProgress) return () => silent;
  return (i) => {
    const before = weights.slice(0, i).reduce((a, b) => a + b, 0);
    const weight = weights[i] ?? 0;
    return (fraction) => onProgress(before + weight * fraction);
  };
}

/** The first Markdown heading that is not a numbered point ("# US 28-point draft"), if any. */
export function findDraftTitle(text: string): string | undefined {
  // Line by line, stopping at the first heading: a long draft is not split and cleaned again.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let n = 1; start <= body.length; n++) {
    const m = breaks.exec(body);
    const line = cleanLine(body.slice(start, m ? m.index : body.length), n);
    if (line.heading && !line.blank && !line.structural) return line.text;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
  line: number;
  text: string;
  heading: boolean;
  blank: boolean;
  /** Starts with numbering of any style, a lettered sub-point or a bullet. */
  structural: boolean;
  /** Control characters removed from the line (terminal escape codes, NUL…). */
  controls: number;
}

function splitLines(text: string, progress: Progress = silent): Line[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const raw = body.split(/\r\n|\r|\n/);
  const lines: Line[] = new Array<Line>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    lines[i] = cleanLine(raw[i] ?? '', i + 1);
    if (i % PROGRESS_EVERY === PROGRESS_EVERY - 1) progress(i / raw.length);
  }
  return lines;
}

const FENCE = /^(?:```|~~~)/;
/** Horizontal rules and setext underlines. */
const RULE = /^([-*_=])(?:\s*\1){2,}$/;

function cleanLine(raw: string, line: number): Line {
  const stripped = stripControls(raw);
  let text = stripped.text.replace(/\s+/g, ' ').trim();
  let heading = false;
  if (FENCE.test(text) || RULE.test(text)) text = '';
  text = text.replace(/^(?:> ?)+/, '');
  const hashes = /^#{1,6}(?: |$)/.exec(text);
  if (hashes) {
    heading = true;
    text = text.slice(hashes[0].length).replace(/ #+$/, '');
  }
  text = text
    // Only paired bold markers: a lone `__` is text (`window.__name`, `snake__case`).
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
  const blank = text === '';
  const structural =
    !blank &&
    (NUMBERING_STYLES.some((s) => matchStyle(s, text) !== null) ||
      matchLetterSub(text) !== null ||
      matchBullet(text) !== null);
  return { line, text, heading, blank, structural, controls: stripped.removed };
}

/** Sentence ends, colons and closing quotes/brackets: what a line before a new point ends with. */
const ENDS_BLOCK = /[.:;!?…。"'”’»)\]]$/u;

function startsBlock(lines: readonly Line[], i: number): boolean {
  const prev = lines[i - 1];
  if (!prev) return true;
  return prev.blank || prev.heading || prev.structural || ENDS_BLOCK.test(prev.text);
}

// ---------------------------------------------------------------------------------------------
// Numbering patterns

interface Candidate {
  /** Numeric value, for sequence checks. */
  num: number;
  /** The number as written ("10", "IV"). */
  base: string;
  letter: string;
  rest: string;
  /** A bare sub-point ("10a Text"): accepted in any style, not counted for dominance. */
  bare: boolean;
}

/** 1–5 digits, optionally a lowercase letter ("10a", "10а") or a letter in parentheses ("10(a)"). */
const NUM = String.raw`(\d{1,5})(?:(\p{Ll})(?!\p{L})|\((\p{Ll})\))?`;
const ROMAN = String.raw`(?=[IVXL])((?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))`;
/** After a keyword number: a separator (not a decimal point), whitespace, or the end. */
const KW_SEP = String.raw`(?:\s*[:.)\-–—](?!\d)\s*|\s+|$)`;

const STYLE_PATTERNS: Record<Exclude<NumberingStyle, 'point' | 'article'>, RegExp> = {
  // "1.Ukraine" (no space after a dot) is common in pasted text; "1.5 million" is not a point.
  dot: new RegExp(String.raw`^${NUM}\\?\.(?:\s+|$|(?=[\p{Lu}\p{Lt}]))(.*)$`, 'u'),
  paren: new RegExp(String.raw`^${NUM}\)(?:\s+|$)(.*)$`, 'u'),
  parens: new RegExp(String.raw`^\((\d{1,5})(\p{Ll})?()\)(?:\s+|$)(.*)$`, 'u'),
  section: new RegExp(String.raw`^§\s*${NUM}${KW_SEP}(.*)$`, 'u'),
  dash: new RegExp(String.raw`^${NUM}\s*[-–—](?:\s+|$)(.*)$`, 'u'),
  roman: new RegExp(String.raw`^${ROMAN}[.)](?:\s+|$)(.*)$`, 'u'),
};

const POINT_WORD = /^(?:point|item|clause|пункт|punkt|punto)\s*(?:№\s*)?(?=\d)/iu;
const ARTICLE_WORD =
  /^(?:article|art\.|artikel|articolo|artículo|articulo|статья|стаття|ст\.)\s*(?:№\s*)?/iu;
const AFTER_POINT_WORD = new RegExp(String.raw`^${NUM}${KW_SEP}(.*)$`, 'u');
const AFTER_ARTICLE_WORD = new RegExp(String.raw`^(?:${NUM}|${ROMAN})${KW_SEP}(.*)$`, 'u');

const BARE_SUB = new RegExp(
  String.raw`^(\d{1,5})(?:(\p{Ll})(?!\p{L})|\((\p{Ll})\))[.:)]?(?:\s+|$)(.*)$`,
  'u',
);
const LETTER_SUB = /^(?:(\p{Ll})\)|\((\p{Ll})\))(?:\s+|$)(.*)$/u;
const BULLET = /^[-*+•·▪◦‣–—](?:\s+|$)(.*)$/u;

function numeric(m: RegExpExecArray, rest: string): Candidate {
  const base = m[1] ?? '';
  return { num: Number(base), base, letter: m[2] ?? m[3] ?? '', rest, bare: false };
}

function matchStyle(style: NumberingStyle, text: string): Candidate | null {
  switch (style) {
    case 'point': {
      const word = POINT_WORD.exec(text);
      const m = word ? AFTER_POINT_WORD.exec(text.slice(word[0].length)) : null;
      return m ? numeric(m, m[4] ?? '') : null;
    }
    case 'article': {
      const word = ARTICLE_WORD.exec(text);
      const m = word ? AFTER_ARTICLE_WORD.exec(text.slice(word[0].length)) : null;
      if (!m) return null;
      if (m[4] !== undefined) {
        return { num: romanValue(m[4]), base: m[4], letter: '', rest: m[5] ?? '', bare: false };
      }
      return numeric(m, m[5] ?? '');
    }
    case 'roman': {
      const m = STYLE_PATTERNS.roman.exec(text);
      const base = m?.[1];
      if (!m || !base) return null;
      return { num: romanValue(base), base, letter: '', rest: m[2] ?? '', bare: false };
    }
    case 'dot':
    case 'paren':
    case 'parens':
    case 'section':
    case 'dash': {
      const m = STYLE_PATTERNS[style].exec(text);
      return m ? numeric(m, m[4] ?? '') : null;
    }
  }
}

/** The style's own numbering, or else a bare sub-point ("10a Text", "10(a) Text"). */
function matchPoint(style: NumberingStyle, text: string): Candidate | null {
  const own = matchStyle(style, text);
  if (own) return own;
  const m = BARE_SUB.exec(text);
  return m ? { ...numeric(m, m[4] ?? ''), bare: true } : null;
}

function matchLetterSub(text: string): { letter: string; rest: string } | null {
  const m = LETTER_SUB.exec(text);
  return m ? { letter: m[1] ?? m[2] ?? '', rest: m[3] ?? '' } : null;
}

function matchBullet(text: string): { rest: string } | null {
  const m = BULLET.exec(text);
  return m ? { rest: m[1] ?? '' } : null;
}

/** Numbers from here on look like years: they start a point only in sequence (heuristic 2). */
const YEARS = 1000;

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_DIGITS[roman.charAt(i)] ?? 0;
    const next = ROMAN_DIGITS[roman.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function nextLetter(letter: string): string {
  if (letter === '') return letter;
  const code = letter.codePointAt(0) ?? 0;
  return String.fromCodePoint(Math.min(code + 1, 0x10ffff));
}

/** 5 → 6, 10 → 10a, 10a → 10b, 10b → 11 (the first sub-point is "a" in Latin or Cyrillic). */
function inSequence(c: Candidate, last: { num: number; letter: string } | null): boolean {
  if (!last) return false;
  if (c.num === last.num + 1) return c.letter === '' || c.letter === 'a' || c.letter === 'а';
  if (c.num !== last.num || c.letter === '') return false;
  return last.letter === ''
    ? c.letter === 'a' || c.letter === 'а'
    : c.letter === nextLetter(last.letter);
}

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

// ---------------------------------------------------------------------------------------------
// Building points

interface Builder {
  label: string;
  base: string;
  num: number;
  letter: string;
  line: number;
  text: string;
  /** How the next wrapped line joins: ": " after a Markdown heading with a title, else " ". */
  joiner: string;
}

function append(b: Builder, content: string, separator: string): void {
  b.text = b.text === '' ? content : b.text + separator + content;
}

/** Lines whose control characters are reported one by one; beyond, one issue counts the rest. */
const CONTROL_LINES_REPORTED = 20;

function controlIssues(lines: readonly Line[]): ParseIssue[] {
  const dirty = lines.filter((l) => l.controls > 0);
  const issues: ParseIssue[] = dirty.slice(0, CONTROL_LINES_REPORTED).map((l) => ({
    line: l.line,
    message: `control codes removed (${l.controls} character${l.controls === 1 ? '' : 's'}: terminal escape sequences or other invisible commands)`,
    severity: 'warning',
  }));
  const rest = dirty.slice(CONTROL_LINES_REPORTED);
  if (rest[0])
    issues.push({
      line: rest[0].line,
      message: `control characters also removed from ${rest.length} more line${rest.length === 1 ? '' : 's'}`,
      severity: 'warning',
    });
  return issues;
}

function parseLines(
  lines: readonly Line[],
  style: DraftStyle,
  progress: Progress = silent,
): ParseResult {
  const issues: ParseIssue[] = controlIssues(lines);
  const built =
    style === 'paragraphs' ? paragraphs(lines) : numbered(lines, style, issues, progress);
  const points = finish(built, style, issues);
  if (points.length === 0) issues.unshift({ line: 1, message: NO_POINTS, severity: 'error' });
  issues.sort((a, b) => a.line - b.line);
  return { points, style, issues };
}

function paragraphs(lines: readonly Line[]): Builder[] {
  const out: Builder[] = [];
  let open: Builder | null = null;
  for (const line of lines) {
    if (line.blank || line.heading) {
      open = null;
      continue;
    }
    const bullet = matchBullet(line.text);
    if (bullet || !open) {
      open = { label: '', base: '', num: 0, letter: '', line: line.line, text: '', joiner: ' ' };
      out.push(open);
    }
    const content = bullet ? bullet.rest : line.text;
    if (content !== '') append(open, content, ' ');
  }
  return out;
}

function numbered(
  lines: readonly Line[],
  style: NumberingStyle,
  issues: ParseIssue[],
  progress: Progress,
): Builder[] {
  const out: Builder[] = [];
  let open: Builder | null = null;
  let last: Builder | null = null;
  let strayReported = false;

  lines.forEach((line, i) => {
    if (i % PROGRESS_EVERY === PROGRESS_EVERY - 1) progress(i / lines.length);
    if (line.blank) {
      strayReported = false;
      return;
    }
    const c = matchPoint(style, line.text);
    const follows = c !== null && inSequence(c, last);
    // A list usually opens with 1 right under its title line ("US peace plan" / "1. …").
    const opens = c !== null && last === null && c.num === 1;
    if (c && (follows || opens || (c.num < YEARS && startsBlock(lines, i)))) {
      const label = c.base + c.letter;
      if (last && !follows && c.letter === '' && c.num > last.num + 1) {
        issues.push({
          line: line.line,
          message: `numbering jumps from ${last.label} to ${label} (points missing from the draft?)`,
          severity: 'warning',
        });
      }
      const titled = line.heading && c.rest !== '' && !ENDS_BLOCK.test(c.rest);
      open = last = { ...c, label, line: line.line, text: c.rest, joiner: titled ? ': ' : ' ' };
      out.push(open);
      strayReported = false;
      return;
    }
    const sub = last ? matchLetterSub(line.text) : null;
    if (sub && last) {
      const label = last.base + sub.letter;
      open = last = {
        ...last,
        label,
        letter: sub.letter,
        line: line.line,
        text: sub.rest,
        joiner: ' ',
      };
      out.push(open);
      return;
    }
    if (line.heading) {
      open = null;
      strayReported = false;
      return;
    }
    const bullet = matchBullet(line.text);
    const content = bullet ? bullet.rest : line.text;
    if (content === '') return;
    if (open) {
      append(open, content, bullet ? ' • ' : open.joiner);
      open.joiner = ' ';
    } else if (!strayReported) {
      issues.push({
        line: line.line,
        message: last
          ? 'text under a heading, outside any point, is left out'
          : 'text before the first point is left out',
        severity: 'warning',
      });
      strayReported = true;
    }
  });
  return out;
}

function finish(built: readonly Builder[], style: DraftStyle, issues: ParseIssue[]): ParsedPoint[] {
  const parents = new Set(built.filter((b) => b.letter !== '').map((b) => b.base));
  let kept = built.filter((b) => {
    if (b.text !== '') return true;
    if (style !== 'paragraphs' && !(b.letter === '' && parents.has(b.base))) {
      issues.push({
        line: b.line,
        message: `point ${b.label} has no text and is left out`,
        severity: 'warning',
      });
    }
    return false;
  });

  if (style === 'paragraphs') {
    kept = kept.map((b, i) => ({ ...b, label: String(i + 1) }));
  } else if (style === 'dot' && kept.length > 1 && kept.every((b) => b.label === '1')) {
    // Markdown renders "1. 1. 1." as 1, 2, 3 (CommonMark §5.3), and editors write lists that way.
    issues.push({
      line: kept[0]?.line ?? 1,
      message: `every point is numbered "1." (a Markdown list): renumbered 1 to ${kept.length}`,
      severity: 'warning',
    });
    kept = kept.map((b, i) => ({ ...b, label: String(i + 1) }));
  }

  const firstLine = new Map<string, number>();
  return kept.map((b) => {
    let label = b.label;
    const seen = firstLine.get(label);
    if (seen !== undefined) {
      let n = 2;
      while (firstLine.has(`${b.label} (${n})`)) n += 1;
      label = `${b.label} (${n})`;
      issues.push({
        line: b.line,
        message: `duplicate label ${b.label} (first on line ${seen}): kept as "${label}"`,
        severity: 'warning',
      });
    }
    firstLine.set(label, b.line);
    return { label, text: b.text, line: b.line };
  });
}
