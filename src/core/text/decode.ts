/**
 * The bytes of a draft file → its text, or a sentence saying why it is not read (issue #19).
 *
 * - A byte-order mark decides the encoding: UTF-8 (EF BB BF) is dropped; UTF-16 LE (FF FE) and
 *   BE (FE FF) are decoded, as Windows' Notepad saves "Unicode" text that way.
 * - Without a BOM the text must be valid UTF-8. Latin-1 and Windows-1251 files are refused
 *   rather than guessed: the same bytes read as different letters in each, and a draft compared
 *   in mojibake would look like a rewrite. The message names the first bad byte and its line.
 * - NUL bytes, or many other control bytes, mean binary (a PDF, an image, an executable).
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; error: string };

const SAVE_AS = 'Save it as UTF-8 text (.txt, .md or .json) and try again.';

/** A sentence when the bytes cannot be a text draft (NUL bytes, or > 5% control bytes). */
export function binaryProblem(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0)
      return `This file is binary (it contains NUL bytes), not text, or UTF-16 text without a byte-order mark. ${SAVE_AS}`;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return sample.length && control / sample.length > 0.05
    ? `This file does not look like text (too many control characters). ${SAVE_AS}`
    : null;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if ((bytes.length - 2) % 2 !== 0)
    return { ok: false, error: `This UTF-16 file has an odd number of bytes. ${SAVE_AS}` };
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, error: `This file is not valid UTF-16 text. ${SAVE_AS}` };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF (RFC 3629 §4).
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

/** Decode a draft file's bytes (see the module comment). Never throws. */
export function decodeDraftBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = binaryProblem(body);
  if (binary) return { ok: false, error: binary };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    const at = firstInvalidUtf8(body);
    let line = 1;
    for (let i = 0; i < at; i++) if (body[i] === 0x0a) line++;
    const byte = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: `This file is not UTF-8 text (byte 0x${byte} on line ${line} is not valid UTF-8; Latin-1 and Windows-1251 files are not read). ${SAVE_AS}`,
    };
  }
}
