import type { SharedNote } from '../../core/url/view-state';
import type { Point, Version } from '../../core/model/types';
import { NoteText } from './note-text';

/**
 * Notes that arrived with the link: a separate, read-only layer ("shared with this link") that the
 * reader can save into their own notes. They are never written to storage unless saved.
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
  onSave: (note: SharedNote) => void;
}) {
  const mine = notes.filter((n) => n.version === version.id && n.label === point.label);
  if (mine.length === 0) return null;
  return (
    <section className="shared-notes" aria-label={`Notes shared with this link on point ${point.label}`}>
      {mine.map((n, i) => (
        <div key={`${n.createdAt}-${i}`} className="shared-note">
          <p className="shared-note-head">
            <span className="badge">Shared with this link</span>
          </p>
          <NoteText text={n.text} />
          <button type="button" className="secondary" onClick={() => onSave(n)}>
            Save to my notes (point {point.label})
          </button>
        </div>
      ))}
    </section>
  );
}
