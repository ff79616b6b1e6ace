/**
 * Building points from cleaned lines in a known style (heuristics 5–8 in parse-draft.ts): numbered
 * points and their lettered sub-points, bullets and wrapped text folded in, stray text reported,
 * empty points dropped, lazy Markdown numbering renumbered, duplicate labels kept apart.
 */

import {
  ENDS_BLOCK,
  PROGRESS_EVERY,
  silent,
  startsBlock,
  type Line,
  type Progress,
} from './draft-lines';
import {
  inSequence,
  matchBullet,
  matchLetterSub,
  matchPoint,
  YEARS,
  type DraftStyle,
  type NumberingStyle,
} from './numbering';

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

export function parseLines(
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
