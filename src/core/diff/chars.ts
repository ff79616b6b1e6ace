/**
 * Character classes for the hand-written scanners (`normalize.ts`, `tokenize.ts`), which walk a
 * text with `charCodeAt` instead of running a regex over it: the regexes stay the definitions, and
 * property tests hold each scanner to its regex.
 */

/** `\p{N}` */
export const NUM = 1;
/** `\p{L}` or `\p{M}` */
export const LETTER = 2;
const KNOWN = 4;
const IS_NUM = /^\p{N}$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;

/** Classes of BMP code units, filled lazily. */
const CLASS = new Uint8Array(65536);

/** ASCII classes: `NUM` for digits, `LETTER` for letters, 0 for the rest. */
export const ASCII = new Uint8Array(128);
/** The lower-case code of an ASCII letter or digit, 0 for the rest. */
export const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c += 1) {
  ASCII[c] = NUM;
  LOWER[c] = c;
}
for (let c = 65; c <= 90; c += 1) {
  ASCII[c] = LETTER;
  LOWER[c] = c + 32;
}
for (let c = 97; c <= 122; c += 1) {
  ASCII[c] = LETTER;
  LOWER[c] = c;
}

/** A high surrogate at `i` followed by a low one: one astral code point. */
export function isPair(text: string, i: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Code units of the code point at `i`. */
export function step(text: string, i: number): number {
  return isPair(text, i, text.charCodeAt(i)) ? 2 : 1;
}

/** Class of the code point at `i` (whose first code unit is `code`): `NUM`, `LETTER` or 0. */
export function classAt(text: string, i: number, code: number): number {
  if (code < 128) return ASCII[code] ?? 0;
  if (isPair(text, i, code)) {
    const pair = text.slice(i, i + 2);
    return (IS_NUM.test(pair) ? NUM : 0) | (IS_LETTER.test(pair) ? LETTER : 0);
  }
  let c = CLASS[code] ?? 0;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN | (IS_NUM.test(ch) ? NUM : 0) | (IS_LETTER.test(ch) ? LETTER : 0);
    CLASS[code] = c;
  }
  return c & (NUM | LETTER);
}

/** End of `[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*` from `i` (which must start it). */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = runEnd(text, i, NUM | LETTER);
  for (;;) {
    const apostrophe = text.charCodeAt(j);
    if ((apostrophe !== 39 && apostrophe !== 0x2019) || j + 1 >= n) break;
    if ((classAt(text, j + 1, text.charCodeAt(j + 1)) & LETTER) === 0) break;
    j = runEnd(text, j + 1, LETTER);
  }
  return j;
}

/** End of the run of code points from `i` whose class has a bit of `mask`. */
function runEnd(text: string, i: number, mask: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (code < 128) {
      if (((ASCII[code] ?? 0) & mask) === 0) break;
      j += 1;
    } else {
      if ((classAt(text, j, code) & mask) === 0) break;
      j += isPair(text, j, code) ? 2 : 1;
    }
  }
  return j;
}

/** Whether the code unit is `\s` in a JavaScript regex. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
