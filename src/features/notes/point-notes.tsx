import { useCallback, useEffect, useRef, useState } from 'react';
import type { Point, Version } from '../../core/model/types';
import { compareByCreation, type Note } from '../../core/notes/note';
import { useNoteActions, useNotesFor } from '../../store/hooks';
import { CounterpartNotes } from './counterpart-notes';
import { hasUnsavedText } from '../../ui/unsaved-text';
import { NoteEditor, noteDraftKey } from './note-editor';
import { NoteItem } from './note-item';

export interface PointNotesProps {
  version: Version;
  point: Point;
  /** The points the row aligns this one with in the other version (none: nothing to show from there). */
  counterpart: { version: Version; points: readonly Point[] };
}

/** Under a point: its notes, the aligned points' notes, and "Add note". Renders only a button when empty. */
export function PointNotes({ version, point, counterpart }: PointNotesProps) {
  const stored = useNotesFor(version.id, point.label);
  const { saveNote } = useNoteActions();
  const draftKey = noteDraftKey({ version: version.id, label: point.label });
  const [adding, setAdding] = useState(() => hasUnsavedText(draftKey));
  // Notes open in an editor, as they were when editing began. A note another tab deletes meanwhile
  // stays listed from this copy, so its editor and the reader's text stay (issue #19).
  const [editing, setEditing] = useState<ReadonlyMap<string, Note>>(() => new Map());
  const onEditing = useCallback((note: Note, on: boolean) => {
    setEditing((prev) => {
      const next = new Map(prev);
      if (on) next.set(note.id, note);
      else next.delete(note.id);
      return next;
    });
  }, []);
  const storedIds = new Set(stored.map((n) => n.id));
  const gone = [...editing.values()].filter((n) => !storedIds.has(n.id));
  const notes = gone.length ? [...stored, ...gone].sort(compareByCreation) : stored;
  const addButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!adding && returnFocus.current) {
      returnFocus.current = false;
      addButton.current?.focus();
    }
  }, [adding]);

  const showCounterparts = counterpart.version.id !== version.id;
  return (
    <div className="point-notes">
      {notes.length ? (
        <ul className="notes" aria-label={`Notes on point ${point.label}`}>
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              point={point}
              deletedElsewhere={!storedIds.has(note.id)}
              onEditing={onEditing}
            />
          ))}
        </ul>
      ) : null}
      {showCounterparts
        ? counterpart.points.map((p) => (
            <CounterpartNotes key={p.label} from={counterpart.version} fromPoint={p} here={point} />
          ))
        : null}
      {adding ? (
        <NoteEditor
          label={point.label}
          draftKey={draftKey}
          onSave={(text) =>
            saveNote({ version: version.id, label: point.label, text, pointText: point.text })
          }
          onDone={() => {
            returnFocus.current = true;
            setAdding(false);
          }}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="secondary note-add"
          aria-label={`Add note to point ${point.label}`}
          onClick={() => setAdding(true)}
        >
          Add note
        </button>
      )}
    </div>
  );
}
