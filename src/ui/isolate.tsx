/**
 * Untrusted text (drafts, imports, notes, links) shown inside a line of the page's own words.
 * Bidirectional controls in it (a right-to-left override, U+202E) would otherwise reorder what
 * follows it on the line, so a source could read "… ,Axios" or a date run backwards ("Trojan
 * Source", CVE-2021-42574); text in a right-to-left script can pull neighbouring punctuation with
 * it. `<bdi>` isolates the text (UAX #9 §2.7; HTML "the bdi element").
 *
 * Only text that holds such characters gets the element: Latin or Cyrillic text without controls
 * is laid out the same isolated or not in this left-to-right page, and leaving it bare keeps the
 * DOM (and the accessibility tree) of a comparison with hundreds of sources small.
 */

/**
 * Right-to-left letters (Hebrew to Arabic Extended, their presentation forms, and the right-to-left
 * blocks of the supplementary planes), bidi controls and marks, and zero-width characters.
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069]|\ud802|\ud803|\ud83a|\ud83b/;

export function needsIsolation(text: string): boolean {
  return BIDI_SENSITIVE.test(text);
}

/** The text, isolated from the line around it when it could reorder it. */
export function Isolate({ text }: { text: string }) {
  return needsIsolation(text) ? <bdi>{text}</bdi> : text;
}
