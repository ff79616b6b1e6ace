import { useEffect, useRef, useState } from 'react';
import type { Point } from '../../core/model/types';
import { pointTextStatus, type Note } from '../../core/notes/note';
import { useNoteActions } from '../../store/hooks';
import { setDeletionStatus } from './deletion-status';
import { hasUnsavedText } from '../../ui/unsaved-text';
import { NoteEditor, noteDraftKey } from './note-editor';
import { NoteText } from './note-text';

/**
 * One of the reader's notes under its own point: its text, and "Edit" and "Delete". While it is
 * being edited, `onEditing` tells the list, which keeps the item (and the text in its editor) even
 * if another tab deletes the note meanwhile (`deletedElsewhere`).
 */
export function NoteItem({
  note,
  point,
  deletedElsewhere = false,
  onEditing,
}: {
  note: Note;
  point: Point;
  deletedElsewhere?: boolean;
  onEditing?: (note: Note, editing: boolean) => void;
}) {
  const { saveNote, deleteNote } = useNoteActions();
  const draftKey = noteDraftKey({ noteId: note.id });
  const [editing, setEditingState] = useState(() => hasUnsavedText(draftKey));
  const setEditing = (on: boolean) => {
    setEditingState(on);
    onEditing?.(note, on);
  };
  const [failure, setFailure] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <li className="note note--editing">
        <NoteEditor
          label={point.label}
          draftKey={draftKey}
          initialText={note.text}
          deletedElsewhere={deletedElsewhere}
          onSave={(text) =>
            saveNote({
              // Deleted in another tab: the text becomes a new note rather than undoing that deletion.
              ...(deletedElsewhere ? {} : { id: note.id }),
              version: note.version,
              label: note.label,
              text,
              pointText: point.text,
            })
          }
          onDone={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const changed = pointTextStatus(note, point.text) === 'changed';
  return (
    <li className="note" data-note-id={note.id}>
      <NoteText text={note.text} />
      {changed ? (
        <p className="note-meta">The point&apos;s text changed since this note was written.</p>
      ) : null}
      <div className="note-actions">
        <button
          ref={editButton}
          type="button"
          className="secondary"
          aria-label={`Edit note on point ${point.label}`}
          onClick={() => {
            setFailure(null);
            setEditing(true);
          }}
        >
          Edit
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Delete note on point ${point.label}`}
          onClick={() => {
            const result = deleteNote(note.id);
            setFailure(result.ok ? null : result.message);
            if (result.ok)
              setDeletionStatus({
                kind: 'deleted',
                token: result.token,
                version: note.version,
                label: note.label,
              });
          }}
        >
          Delete
        </button>
      </div>
      {failure ? (
        <p role="alert" className="note-failure">
          The note could not be deleted: {failure}
        </p>
      ) : null}
    </li>
  );
}
