/**
 * Checks on a JSON text before `JSON.parse` sees it (issues #17, #18): nesting depth, found by one
 * iterative pass (no recursion, so no stack to overflow), and syntax errors with line and column.
 * The size is checked before, with the other limits (limits.ts).
 */

/** Where a JSON text is nested too deep: the path so far, and line/column of the bracket. */
export interface DepthProblem {
  depth: number;
  line: number;
  column: number;
  /** `points › [3] › flags › …`, the first levels of the path to the bracket. */
  path: string;
}

interface Frame {
  array: boolean;
  index: number;
  key: string | null;
}

const SHOWN_LEVELS = 6;

function pathOf(stack: readonly Frame[]): string {
  const parts: string[] = [];
  for (const frame of stack.slice(0, SHOWN_LEVELS)) {
    if (frame.array) parts.push(`[${frame.index}]`);
    else if (frame.key !== null) parts.push(frame.key);
  }
  return parts.join(' › ') + (stack.length > SHOWN_LEVELS ? ' › …' : '');
}

/**
 * The first bracket that opens a level deeper than `maxDepth`, or null. Strings are skipped (a
 * bracket inside a string is text); keys are remembered for the path. Not a validator: syntax
 * errors are left to `JSON.parse`.
 */
export function jsonDepthProblem(text: string, maxDepth: number): DepthProblem | null {
  const stack: Frame[] = [];
  let expectKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x22 /* " */) {
      const start = i + 1;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) {
        if (text.charCodeAt(i) === 0x5c /* \ */) i++;
        i++;
      }
      const top = stack.at(-1);
      if (expectKey && top && !top.array) {
        top.key = text.slice(start, Math.min(i, start + 40));
        expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth)
        return { depth: stack.length + 1, line, column: i - lineStart + 1, path: pathOf(stack) };
      stack.push({ array: c === 0x5b, index: 0, key: null });
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) expectKey = true;
    }
  }
  return null;
}

/** The sentence for a depth problem, naming where (the position is given apart). */
export function depthMessage(problem: DepthProblem, maxDepth: number): string {
  const where = problem.path ? ` (in ${problem.path})` : '';
  return `nested more than ${maxDepth} levels deep${where}; a draft file is at most 6 levels deep, so this is not one.`;
}

/** Line and column (1-based) of a `JSON.parse` error, whose V8 message gives a character position. */
export function jsonSyntaxAt(
  text: string,
  error: unknown,
): { line?: number; column?: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = `not valid JSON: ${raw.replace(/\s*\(line \d+ column \d+\)$/, '')}`;
  const at = /at position (\d+)/.exec(raw);
  if (!at) return { message };
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n'), message };
}
