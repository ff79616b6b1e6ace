import type { Point, Version } from '../../core/model/types';
import { pointTextStatus } from '../../core/notes/note';
import { useNotesFor } from '../../store/hooks';
import { NoteText } from '../../ui/note-text';

/**
 * Notes written on a point of the other version that this row aligns with `here`: shown read-only,
 * marked with where they belong, and flagged when the text they were written against differs
 * (anchors.md §2.6: hypothesis client#258, annotations silently landing on different text).
 */
export function CounterpartNotes({
  from,
  fromPoint,
  here,
}: {
  from: Version;
  fromPoint: Point;
  here: Point;
}) {
  const notes = useNotesFor(from.id, fromPoint.label);
  if (notes.length === 0) return null;
  return (
    <ul
      className="notes notes--counterpart"
      aria-label={`Notes on ${from.title} point ${fromPoint.label}`}
    >
      {notes.map((note) => {
        const status = pointTextStatus(note, here.text);
        const changed =
          status === 'changed' ||
          (status === 'unknown' &&
            pointTextStatus({ pointText: fromPoint.text }, here.text) === 'changed');
        return (
          <li key={note.id} className="note note--counterpart" data-note-id={note.id}>
            <p className="note-origin">
              note on {from.title} {fromPoint.label}
              {changed ? (
                <span className="badge badge--flag note-changed">text changed since</span>
              ) : null}
            </p>
            <NoteText text={note.text} />
          </li>
        );
      })}
    </ul>
  );
}
