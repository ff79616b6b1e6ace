/**
 * The words the alignment compares points by. Not the word diff's tokens (`tokenize.ts`): here
 * case, punctuation, whitespace and numbering do not count, because two drafts that say the same
 * thing with a different capital letter, comma or point number are the same point.
 */

/**
 * Numbering at the start of a point's text: "12. ", "10a) ", "(b) ", "IV. ", "1.2. ",
 * "Article 5 ", "Point 12: ", "Пункт 3. ". Labels are metadata; a point numbered 12 in one draft
 * and 14 in the next is still the same point, so its number must never make it match, or fail to.
 * A bare number without a closing mark is kept ("100 days after signing…" starts with a quantity,
 * not a label), and so is a single letter without one ("A ceasefire…").
 */
const NUMBERING =
  /^\s*(?:(?:article|art\.|point|item|clause|section|paragraph|пункт|стаття|статья)\s+[\p{N}ivxlcdm]+\p{L}?[.):]?\s*|\(?(?:\p{N}+\p{L}?(?:\.\p{N}+)*|[ivxlcdm]+|\p{L})[.):]\s+)/iu;

/** Removes leading numbering (see `NUMBERING`). */
export function stripNumbering(text: string): string {
  const m = NUMBERING.exec(text);
  return m === null ? text : text.slice(m[0].length);
}

/**
 * Words for matching: numbers with their separators ("600,000", "3.5") and words with inner
 * apostrophes ("ukraine's"), in lower case; everything else is a separator. A number's unit is a
 * word of its own here (unlike in the word diff): "100 days" and "60 days" share "days".
 */
const MATCH_WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The matching words of a point's text, numbering stripped (see the module comment). */
export function matchWords(text: string): string[] {
  const words = stripNumbering(text).toLowerCase().match(MATCH_WORD);
  if (words === null) return [];
  for (let k = 0; k < words.length; k += 1) {
    const w = words[k] ?? '';
    // Typographic and typewriter apostrophes are the same letter to a reader.
    if (w.includes('’')) words[k] = w.replace(/’/g, "'");
  }
  return words;
}
