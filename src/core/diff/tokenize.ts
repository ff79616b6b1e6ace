/**
 * The word tokenizer of the word diff.
 *
 * Tokens carry their trailing whitespace, so `tokenize(text).join('') === text` always holds and
 * the diff can give back exactly the text it was given. jsdiff reached the same design the hard
 * way: when whitespace runs were tokens of their own, a diff could match "the spaces" between
 * unrelated words and delete and re-insert every word around them
 * (kpdecker/jsdiff#436, fixed by PR #497). Here whitespace is never compared on its own: the word
 * diff compares a token's text without its trailing whitespace (see `splitText`), and
 * `word-diff.ts` puts the whitespace back on the side it came from. The only whitespace token is a
 * leading run at the very start of a text.
 *
 * What counts as one token, and why:
 * - **Words** are runs of Unicode letters, combining marks and digits (`\p{L}\p{M}\p{N}`), so
 *   Cyrillic ("Збройні", "Запоріжжя"), accented Latin and Greek text tokenize like English.
 *   An apostrophe inside a word does not split it ("Ukraine's", "don’t"): a change of the
 *   possessive is rare, and "Ukraine" + "'" + "s" made three-piece edits that read badly.
 *   Hyphens do split ("self-defence" is three tokens), as in jsdiff, so that an edit to one half
 *   of a compound shows as that half.
 * - **Numbers are whole tokens.** Digit groups with thousands separators ("600,000", and the
 *   no-break and narrow no-break spaces of Ukrainian and Russian typography, "600 000"), a
 *   decimal part ("3.5"), a leading currency sign ("$100", "€5") and a trailing percent sign
 *   ("50%"). A diff that splits numbers shows "6~~0~~800,000"-like fragments; the figures are
 *   what readers of a peace plan compare (troop caps, sums, deadlines), so they change whole.
 *   A plain space is NOT a thousands separator: "in 2026 100 troops" are two numbers.
 * - **A number and the unit word after it are one token** ("100 days", "60-day", "10 years",
 *   "$800 billion", "30 per cent"). "within 100 days" → "within 60 days" then reads as one
 *   change of a deadline, not a change of a number next to an unchanged "days". Units are a
 *   closed list (time spans, magnitudes, currencies, distances, in English, Ukrainian and Russian);
 *   a number followed by any other word ("600,000 personnel") stays a number, because
 *   "personnel" → "troops" is a change worth seeing on its own.
 * - **A number glued to letters is a word** ("10a", "2nd"): labels and ordinals, not quantities.
 * - **Everything else** (punctuation, symbols, emoji) is one token per code point, like jsdiff's
 *   word tokenizer, so "peace." → "peace;" is a one-character edit.
 */

import * as chars from './chars';

// A module-local copy, read once: tsx and vite-node compile imported bindings to getters.
const { isSpaceCode } = chars;

/** Unit words that fuse with a preceding number (see the header comment). Lower case; matched case-insensitively. */
// prettier-ignore
const UNITS = [
  // time spans
  'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'decades?',
  // magnitudes and shares
  'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'percent', 'per cent',
  // currencies
  'dollars?', 'euros?', 'usd', 'eur', 'hryvnias?', 'roubles?', 'rubles?',
  // distances and areas
  'km2?', 'kilomet(?:re|er)s?', 'miles?', 'met(?:re|er)s?', 'square kilomet(?:re|er)s',
  // Ukrainian and Russian: days, months, years, thousand, million, billion, kilometres
  'днів', 'дні', 'день', 'дня', 'дней', 'місяців', 'місяці', 'месяцев', 'месяца', 'років', 'роки',
  'рік', 'лет', 'года', 'год', 'тис\\.?', 'тыс\\.?', 'млн', 'млрд', 'км',
].join('|');

// One code point of a word. `\p{M}` keeps decomposed accents with their letter.
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
// The digits of a number: plain, or grouped by commas / (narrow) no-break spaces, then a decimal part.
const DIGITS = '\\p{Nd}+(?:[,\\u00a0\\u202f]\\p{Nd}{3})*(?:\\.\\p{Nd}+)?';
// A number with its currency sign, percent sign or unit word, not glued to a following letter.
const NUMBER = `[$€£¥₴₽]?${DIGITS}(?:%|[ \\u00a0-](?:${UNITS}))?(?!${WORD_CHAR})`;
const WORD = `${WORD_CHAR}+(?:['’][\\p{L}\\p{M}]+)*`;

/**
 * One global regex: a leading whitespace run, or a number, word or single code point with the
 * whitespace that follows it. Every position of a text starts a match, so the matches tile the
 * text and their concatenation is the text. (`[^]` is "any code point" under the `u` flag.)
 */
const TOKEN = new RegExp(`\\s+|(?:${NUMBER}|${WORD}|[^])\\s*`, 'giu');

/**
 * Splits a text into word-diff tokens, each with its trailing whitespace.
 * `tokenize(text).join('') === text` for every string. A text that starts with whitespace gets a
 * whitespace-only first token.
 */
export function tokenize(text: string): string[] {
  if (text === '') return [];
  return text.match(TOKEN) ?? [];
}

/** A tokenized text as the word diff sees it: `gaps[0] + words[0] + gaps[1] + … + words[n-1] + gaps[n]` is the text. */
export interface SplitText {
  /** Token texts without whitespace (the compared part). */
  words: string[];
  /** `gaps[0]` is the leading whitespace; `gaps[k + 1]` follows `words[k]`. Length `words.length + 1`. */
  gaps: string[];
}

/** Tokenizes `text` and separates each token from its trailing whitespace. */
export function splitText(text: string): SplitText {
  const tokens = tokenize(text);
  const words: string[] = [];
  const gaps: string[] = [''];
  for (const token of tokens) {
    const end = contentEnd(token);
    if (end === 0) {
      // Only the first token can be whitespace alone.
      gaps[0] = token;
      continue;
    }
    if (end === token.length) {
      words.push(token);
      gaps.push('');
    } else {
      words.push(token.slice(0, end));
      // A single space is by far the commonest gap: share one string.
      gaps.push(end === token.length - 1 && token.charCodeAt(end) === 32 ? ' ' : token.slice(end));
    }
  }
  return { words, gaps };
}

/** The length of `token` without its trailing whitespace. */
function contentEnd(token: string): number {
  let end = token.length;
  while (end > 0 && isSpaceCode(token.charCodeAt(end - 1))) end -= 1;
  return end;
}
