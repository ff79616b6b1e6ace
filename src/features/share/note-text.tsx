import { Fragment } from 'react';

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]+/g;

/** Split note text into text and links; only https links become clickable (issue #4). */
export function linkify(text: string): Array<{ kind: 'text'; text: string } | { kind: 'link'; href: string }> {
  const parts: Array<{ kind: 'text'; text: string } | { kind: 'link'; href: string }> = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    if (m[0].startsWith('https://')) parts.push({ kind: 'link', href: m[0] });
    else parts.push({ kind: 'text', text: m[0] });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** A note shown as text, never HTML; https links clickable, everything else literal. */
export function NoteText({ text }: { text: string }) {
  return (
    <p className="note-text">
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.href}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
