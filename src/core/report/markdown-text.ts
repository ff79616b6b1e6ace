/**
 * Untrusted text into Markdown, for every report and export (the comparison report, the lineage
 * exports, the notes file): one escaper and one autolink, so a draft's or a note's text reads the
 * same wherever it is written, and nothing in it can become a link, an image, HTML or a table.
 */

/**
 * Escapes Markdown in inline text. Anywhere: backslash, code, emphasis, strikethrough, links,
 * HTML, tables, `#` (a heading's closing marks are stripped, CommonMark §4.2) and `&` before
 * something that reads as an entity. At the start: what would open a heading, list or quote
 * ("- ", "+ ", "= ", "12. ", "3) "). Newlines become spaces: every text is inline; a caller that
 * keeps line breaks escapes each line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, lead: string) =>
      /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
    );
}

/**
 * A URL as a Markdown autolink, `<…>`: whitespace and angle brackets, which would end or break it,
 * are percent-encoded (URLs are checked to be https where they enter).
 */
export function autolink(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}
