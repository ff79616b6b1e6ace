/**
 * Where things are in a JSON text, by line: `JSON.parse` gives values but no positions, and a
 * reader fixing a notes file needs "line 42", not "entry 7". A small walker over (valid) JSON
 * records the offset at which each value starts; it also locates the first syntax error, the same
 * way in every browser (V8, SpiderMonkey and JavaScriptCore word `JSON.parse` errors differently).
 */

export type JsonPath = ReadonlyArray<string | number>;

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Walk `text` as JSON, calling `onValue(path, offset)` where each value starts (the root has path
 * `[]`). Throws `JsonSyntaxError` at the first offset that is not JSON.
 */
function walk(text: string, onValue: (path: JsonPath, offset: number) => void): void {
  let pos = 0;
  const path: Array<string | number> = [];

  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
  };
  const expect = (ch: string) => {
    if (text[pos] !== ch) throw new JsonSyntaxError(pos, `expected "${ch}"`);
    pos++;
  };
  const string = (): string => {
    const start = pos;
    expect('"');
    for (;;) {
      if (pos >= text.length) throw new JsonSyntaxError(start, 'unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return JSON.parse(text.slice(start, pos)) as string;
      }
      if (c < 0x20) throw new JsonSyntaxError(pos, 'control character in a string');
      if (c === 0x5c) {
        const e = text[pos + 1];
        if (e === 'u') {
          HEX4.lastIndex = pos + 2;
          if (!HEX4.test(text)) throw new JsonSyntaxError(pos, 'bad \\u escape');
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else throw new JsonSyntaxError(pos, 'bad escape');
      } else pos++;
    }
  };
  const sticky = (re: RegExp, what: string) => {
    re.lastIndex = pos;
    if (!re.test(text)) throw new JsonSyntaxError(pos, `unexpected ${what}`);
    pos = re.lastIndex;
  };
  const value = (): void => {
    ws();
    onValue(path, pos);
    const c = text[pos];
    if (c === '{') {
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        ws();
        const key = string();
        ws();
        expect(':');
        path.push(key);
        value();
        path.pop();
        ws();
        if (text[pos] === ',') pos++;
        else return expect('}');
      }
    }
    if (c === '[') {
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (let i = 0; ; i++) {
        path.push(i);
        value();
        path.pop();
        ws();
        if (text[pos] === ',') pos++;
        else return expect(']');
      }
    }
    if (c === '"') return void string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
      return sticky(NUMBER, 'character in a number');
    if (c === undefined) throw new JsonSyntaxError(pos, 'unexpected end of text');
    sticky(LITERAL, `character "${c}"`);
  };

  value();
  ws();
  if (pos < text.length) throw new JsonSyntaxError(pos, 'unexpected text after the end');
}

/**
 * The first bracket that opens a level deeper than `maxDepth`, with its line, or `null`. One pass
 * without recursion, so a file nested 100,000 deep (issue #18: "Maximum call stack size exceeded")
 * is measured before `JSON.parse` or `walk` see it. Brackets inside strings are text. Not a
 * validator: syntax errors are left to the parser.
 */
export function depthProblem(text: string, maxDepth: number): { line: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // the escaped character, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { line: lineAt(text, i) };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/** 1-based line of a character offset (a `\n` ends a line; `\r\n` counts once). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * The 1-based line on which each entry of the array at `arrayPath` starts, in order; `[]` when the
 * path holds no array. With a repeated key the last one counts, as in `JSON.parse`.
 * Throws on invalid JSON: call it on text that `JSON.parse` accepted.
 */
export function arrayEntryLines(text: string, arrayPath: JsonPath): number[] {
  let offsets: number[] = [];
  walk(text, (path, offset) => {
    if (samePath(path, arrayPath)) offsets = [];
    else if (
      path.length === arrayPath.length + 1 &&
      typeof path[arrayPath.length] === 'number' &&
      samePath(path.slice(0, -1), arrayPath)
    )
      offsets.push(offset);
  });
  return toLines(text, offsets);
}

/** The 1-based line on which the value at `path` starts (the last one, with repeated keys), if any. */
export function valueLine(text: string, target: JsonPath): number | undefined {
  let found: number | undefined;
  walk(text, (path, offset) => {
    if (samePath(path, target)) found = offset;
  });
  return found === undefined ? undefined : lineAt(text, found);
}

/** Where the first JSON syntax error in `text` is, or `null` when the text is valid JSON. */
export function jsonSyntaxError(
  text: string,
): { line: number; column: number; message: string } | null {
  try {
    walk(text, () => undefined);
    return null;
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const line = lineAt(text, e.offset);
    const lineStart = text.lastIndexOf('\n', e.offset - 1) + 1;
    return { line, column: e.offset - lineStart + 1, message: e.message };
  }
}

/** Lines of many sorted offsets in one pass. */
function toLines(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++;
    lines.push(line);
  }
  return lines;
}
