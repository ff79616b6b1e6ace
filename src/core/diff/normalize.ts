/**
 * The words the alignment compares points by. Not the word diff's tokens (`tokenize.ts`): here
 * case, punctuation, whitespace and numbering do not count, because two drafts that say the same
 * thing with a different capital letter, comma or point number are the same point.
 *
 * Two implementations of one definition: `matchWords`, a regex, is the readable reference;
 * `WordScanner` is the hot path of the alignment. It walks the text once with `charCodeAt`,
 * hashing words as it goes instead of allocating them, which makes it several times faster than
 * any regex pass (the tokenize floor of the benchmark is one regex pass). A property test keeps
 * the two in agreement.
 */

import * as chars from './chars';

// Module-local copies, read once: tsx and vite-node compile imported bindings to getters, which
// would cost a call per character in the scanner's loops.
const { classAt, LETTER, LOWER, NUM, step, wordEnd } = chars;

/**
 * Numbering at the start of a point's text: "12. ", "10a) ", "(b) ", "IV. ", "1.2. ",
 * "Article 5 ", "Point 12: ", "Пункт 3. ". Labels are metadata; a point numbered 12 in one draft
 * and 14 in the next is still the same point, so its number must never make it match, or fail to.
 * A bare number without a closing mark is kept ("100 days after signing…" starts with a quantity,
 * not a label), and so is a single letter without one ("A ceasefire…").
 */
const NUMBERING =
  /^\s*(?:(?:article|art\.|point|item|clause|section|paragraph|пункт|стаття|статья)\s+[\p{N}ivxlcdm]+\p{L}?[.):]?\s*|\(?(?:\p{N}+\p{L}?(?:\.\p{N}+)*|[ivxlcdm]+|\p{L})[.):]\s+)/iu;

/** The length of the leading numbering of `text` (see `NUMBERING`), 0 if none. */
export function numberingLength(text: string): number {
  return NUMBERING.exec(text)?.[0].length ?? 0;
}

/**
 * Words for matching: numbers with their separators ("600,000", "3.5") and words with inner
 * apostrophes ("ukraine's"), each in lower case; everything else separates words. A number's unit
 * is a word of its own here (unlike in the word diff): "100 days" and "60 days" share "days".
 * Typographic and typewriter apostrophes are the same letter.
 */
const MATCH_WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The matching words of a point's text, numbering stripped (see `MATCH_WORD`). The reference for `WordScanner`. */
export function matchWords(text: string): string[] {
  const words = text.slice(numberingLength(text)).match(MATCH_WORD) ?? [];
  return words.map((w) => w.toLowerCase().replace(/’/g, "'"));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Scans texts into matching words without allocating them: for each word, a 32-bit hash of its
 * lower-case form and its position. Reuses its buffers between texts; read them before the next
 * `scan`. Two different words may share a hash (about one pair in a few thousand documents of
 * this size): the alignment then treats them as one word, which moves a similarity score by a
 * hair and never decides an exact or normalised match (those are verified on the text).
 */
export class WordScanner {
  hashes = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  count = 0;
  /** A hash of the whole word sequence: equal word lists give equal keys. */
  sequence = 0;

  /** Scans `text`; returns the number of words. */
  scan(text: string): number {
    const n = text.length;
    let i = numberingLength(text);
    this.count = 0;
    let seqA = FNV_OFFSET;
    let seqB = 0x9e3779b9;
    while (i < n) {
      let code = text.charCodeAt(i);
      // Skip ASCII separators in a tight loop.
      while (code < 128 && LOWER[code] === 0) {
        i += 1;
        if (i === n) break;
        code = text.charCodeAt(i);
      }
      if (i === n) break;
      let start = i;
      let end = -1;
      let h = FNV_OFFSET;
      if (code < 128) {
        if (code <= 57) end = this.numberEnd(text, i);
        if (end < 0) {
          // The common case, a plain ASCII word: find its end and hash it in one loop.
          let j = i;
          let c = code;
          let lower = LOWER[c] ?? 0;
          do {
            h = Math.imul(h ^ lower, FNV_PRIME);
            j += 1;
            if (j === n) {
              c = 32;
              break;
            }
            c = text.charCodeAt(j);
            lower = c < 128 ? (LOWER[c] ?? 0) : 0;
          } while (lower !== 0);
          // A non-ASCII letter or an apostrophe may continue the word: the general path decides.
          if (c < 128 && c !== 39) end = j;
          else h = FNV_OFFSET;
        } else {
          h = this.hash(text, start, end);
        }
      }
      if (end < 0) {
        const cls = classAt(text, i, code);
        if ((cls & (NUM | LETTER)) === 0) {
          i += step(text, i);
          continue;
        }
        start = i;
        if ((cls & NUM) !== 0) end = this.numberEnd(text, i);
        if (end < 0) end = wordEnd(text, i);
        h = this.hash(text, start, end);
      }
      this.push(h, start, end);
      seqA = Math.imul(seqA ^ h, FNV_PRIME);
      seqB = Math.imul(seqB ^ h, 0x5bd1e995) ^ (seqB >>> 13);
      i = end;
    }
    // 53 bits from two independent mixes, plus the count.
    this.sequence = ((seqA >>> 0) % 0x200000) * 0x100000000 + ((seqB ^ this.count) >>> 0);
    return this.count;
  }

  /** The lower-case text of word `k` of the last scan (allocates; for explanations). */
  word(text: string, k: number): string {
    return normaliseWord(text.slice(this.starts[k] ?? 0, this.ends[k] ?? 0));
  }

  /** End of `\p{N}+(?:[.,]\p{N}+)+` from `i`, or -1 when there is no separator group. */
  private numberEnd(text: string, i: number): number {
    const n = text.length;
    let j = i;
    while (j < n && (classAt(text, j, text.charCodeAt(j)) & NUM) !== 0) j += step(text, j);
    let groups = 0;
    for (;;) {
      const sep = text.charCodeAt(j);
      if ((sep !== 46 && sep !== 44) || j + 1 >= n) break;
      if ((classAt(text, j + 1, text.charCodeAt(j + 1)) & NUM) === 0) break;
      j += 1;
      while (j < n && (classAt(text, j, text.charCodeAt(j)) & NUM) !== 0) j += step(text, j);
      groups += 1;
    }
    return groups > 0 ? j : -1;
  }

  /** FNV-1a of the lower-case word; ASCII is lowered in place, anything else through `toLowerCase`. */
  private hash(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k += 1) {
      const code = text.charCodeAt(k);
      if (code >= 128) return hashString(normaliseWord(text.slice(start, end)));
      h = Math.imul(h ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
    }
    return h;
  }

  private push(h: number, start: number, end: number): void {
    if (this.count === this.hashes.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.hashes[this.count] = h;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }
}

function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k += 1) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}
