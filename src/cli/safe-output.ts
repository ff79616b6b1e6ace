/**
 * Defence in depth for everything the command writes (issue #19): drafts are cleaned where they
 * enter (the text parser strips control characters, the schema refuses them in JSON), but a
 * terminal must never receive a raw escape code from any other path either: an error message
 * quoting a file name or a JSON token, a future report field. Every control character except tab
 * and line feed (and carriage return before a line feed, which CSV's CRLF lines need) is written
 * as a visible `\u001b` escape: in JSON output that is the JSON escape of the same character, so
 * the document still parses to the same data.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
