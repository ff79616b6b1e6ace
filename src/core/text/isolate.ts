/**
 * Bidirectional isolation of untrusted text (drafts, imports, notes, links) placed among the page's
 * own words (issue #19). A right-to-left override (U+202E) in a title would otherwise reorder what
 * follows it on the line ("Trojan Source", CVE-2021-42574), and right-to-left letters pull
 * neighbouring punctuation with them. An isolate (UAX #9 §2.7: FSI … PDI in text, `<bdi>` or
 * `unicode-bidi: isolate` in HTML) keeps the text's order to itself.
 *
 * Isolation changes nothing for text without such characters in this left-to-right page, so only
 * text that holds them is wrapped: the plain Latin and Cyrillic of the data stays byte for byte.
 */

/**
 * Right-to-left letters (Hebrew to Arabic Extended, their presentation forms and the right-to-left
 * blocks of the supplementary planes, by their high surrogates), bidi controls and marks, and
 * zero-width characters.
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069]|\ud802|\ud803|\ud83a|\ud83b/;

/** Whether the text could change the order of the line around it. */
export function needsIsolation(text: string): boolean {
  return BIDI_SENSITIVE.test(text);
}

/** Text between FSI and PDI (a first-strong isolate): for places that hold only text, like `<option>`. */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}

/** `isolateText` where it matters (`needsIsolation`), the text unchanged elsewhere. */
export function isolatedWhereNeeded(text: string): string {
  return needsIsolation(text) ? isolateText(text) : text;
}
