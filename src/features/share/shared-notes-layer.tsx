import { useState } from 'react';
import type { SharedNote } from '../../core/url/view-state';
import type { Point, Version } from '../../core/model/types';
import { NoteText } from '../../ui/note-text';

/**
 * Notes that arrived with the link: a separate, read-only layer ("shared with this link") that the
 * reader can save into their own notes. Nothing is stored unless they choose to.
 */
export function SharedNotesLayer({
  version,
  point,
  notes,
  onSave,
}: {
  version: Version;
  point: Point;
  notes: readonly SharedNote[];
  onSave: (note: SharedNote, point: Point) => string;
}) {
  const here = notes.filter((n) => n.version === version.id && n.label === point.label);
  if (here.length === 0) return null;
  return (
    <section
      className="shared-notes"
      aria-label={`Notes shared with this link on point ${point.label}`}
    >
      {here.map((n, i) => (
        <SharedNoteItem key={`${n.createdAt}-${i}`} note={n} point={point} onSave={onSave} />
      ))}
    </section>
  );
}

function SharedNoteItem({
  note,
  point,
  onSave,
}: {
  note: SharedNote;
  point: Point;
  onSave: (note: SharedNote, point: Point) => string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="shared-note">
      <p className="shared-note-head">
        <span className="badge">Shared with this link</span>
      </p>
      <NoteText text={note.text} />
      <button type="button" className="secondary" onClick={() => setStatus(onSave(note, point))}>
        Save to my notes
      </button>
      {status ? <span role="status"> {status}</span> : null}
    </div>
  );
}
