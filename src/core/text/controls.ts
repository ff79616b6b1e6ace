/**
 * Characters a draft should not carry, found where text enters (issue #19).
 *
 * - Control characters (C0 except tab, line feed and carriage return; DEL; C1) are never part of a
 *   draft's wording. In a terminal they are commands: `ESC ]0;…BEL` retitles the window,
 *   `ESC [2J` clears the screen (ECMA-48 §5, §8.3). The text parser removes them, whole escape
 *   sequences at once so no "[2J" debris is left; the schema refuses them in JSON.
 * - Bidirectional controls (UAX #9 §2: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, ALM, LRM,
 *   RLM) and zero-width characters can make a point read differently from what is stored or
 *   compared ("Trojan Source", CVE-2021-42574). They may be legitimate in Arabic or Hebrew
 *   quotations, so they are kept and flagged, never silently removed.
 */

/**
 * ECMA-48 CSI and OSC sequences (7-bit and 8-bit forms), complete ones only: an unterminated
 * sequence loses just its control characters, never the words after it.
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)/g;
/** C0 without tab (09), LF (0A), VT (0B), FF (0C), CR (0D); DEL; C1. VT and FF are whitespace. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** The same set plus VT and FF, as the schema refuses them in JSON strings. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The text without control characters and escape sequences, and how many characters went. */
export function stripControls(text: string): { text: string; removed: number } {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return { text, removed: 0 };
  const clean = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
  return { text: clean, removed: text.length - clean.length };
}

/** "U+001B" */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** ZWSP, ZWNJ, ZWJ, word joiner, invisible operators, and a BOM that is not at the start. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** How many bidirectional controls and zero-width characters a text holds. */
export interface Invisibles {
  bidi: number;
  zeroWidth: number;
}

export function countInvisibles(text: string): Invisibles {
  return {
    bidi: text.match(BIDI)?.length ?? 0,
    zeroWidth: text.match(ZERO_WIDTH)?.length ?? 0,
  };
}

export const hasInvisibles = (found: Invisibles): boolean => found.bidi + found.zeroWidth > 0;

/**
 * One sentence for the reader: what was found and where ("points 3 and 7"). `where` lists the
 * places (point labels or fields); the first few are named.
 */
export function invisiblesNotice(found: Invisibles, where: readonly string[]): string {
  const kinds: string[] = [];
  if (found.bidi)
    kinds.push(
      `${found.bidi} bidirectional control character${found.bidi === 1 ? '' : 's'} (such as a right-to-left override)`,
    );
  if (found.zeroWidth)
    kinds.push(
      `${found.zeroWidth} zero-width character${found.zeroWidth === 1 ? '' : 's'} (such as a zero-width space)`,
    );
  const named = where.slice(0, 5).join(', ');
  const more = where.length > 5 ? ` and ${where.length - 5} more` : '';
  return (
    `Hidden characters: ${kinds.join(' and ')} in ${named}${more}. ` +
    'They can make a text display differently from what is stored and compared; they are kept, and shown isolated.'
  );
}
