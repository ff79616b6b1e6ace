/**
 * A draft's lines, cleaned (heuristic 1 in parse-draft.ts): what each line says once Markdown,
 * control characters and whitespace are gone, whether it is a heading, blank or numbered, and
 * whether a new point may start on it (heuristic 3).
 */

import { stripControls } from './controls';
import { matchBullet, matchLetterSub, matchStyle, NUMBERING_STYLES } from './numbering';

/** Lines between two progress calls: often enough for a bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 4096;

/** Progress of one phase of a parse, 0..1. */
export type Progress = (fraction: number) => void;
export const silent: Progress = () => undefined;

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

/** One line of the draft, cleaned, with what it looks like. */
export interface Line {
  line: number;
  text: string;
  heading: boolean;
  blank: boolean;
  /** Starts with numbering of any style, a lettered sub-point or a bullet. */
  structural: boolean;
  /** Control characters removed from the line (terminal escape codes, NUL…). */
  controls: number;
}

export function splitLines(text: string, progress: Progress = silent): Line[] {
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
export const ENDS_BLOCK = /[.:;!?…。"'”’»)\]]$/u;

export function startsBlock(lines: readonly Line[], i: number): boolean {
  const prev = lines[i - 1];
  if (!prev) return true;
  return prev.blank || prev.heading || prev.structural || ENDS_BLOCK.test(prev.text);
}
