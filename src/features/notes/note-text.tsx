import { needsIsolation } from '../../core/text/isolate';

/**
 * A note is untrusted plain text: it is rendered as React text nodes, never as HTML. Only `https:`
 * URLs become links (opening in a new tab, without an opener or referrer); `http:`,
 * `javascript:`, `data:` and anything else stay text (style brief §3.6, "Raw external links").
 */

export type NoteSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** Candidate URLs: a scheme and everything up to whitespace or an angle bracket or quote. */
const URL_CANDIDATE = /\bhttps:\/\/[^\s<>"]+/gi;
/** Punctuation that usually ends the sentence around a URL rather than the URL itself. */
const TRAILING = /[.,;:!?'")\]}]+$/;

function httpsHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

/** Split a note into text and https links. Joining every segment's `text` gives back the note. */
export function splitNoteText(text: string): NoteSegment[] {
  const out: NoteSegment[] = [];
  let last = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev?.kind === 'text') prev.text += t;
    else out.push({ kind: 'text', text: t });
  };
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, '');
    const href = httpsHref(raw);
    push(text.slice(last, start));
    if (href) out.push({ kind: 'link', text: raw, href });
    else push(raw);
    last = start + raw.length;
  }
  push(text.slice(last));
  return out;
}

/**
 * The text of a note, line breaks kept (CSS `white-space: pre-wrap`), https URLs as links. A piece
 * of text that could reorder the line (a bidi override: core/text/isolate.ts) is isolated, so it
 * cannot turn the link after it around.
 */
export function NoteText({ text }: { text: string }) {
  return (
    <p className="note-text">
      {splitNoteText(text).map((s, i) =>
        s.kind === 'link' ? (
          <a key={i} href={s.href} rel="noopener noreferrer" target="_blank">
            {s.text}
          </a>
        ) : needsIsolation(s.text) ? (
          <bdi key={i}>{s.text}</bdi>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
