import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NOTE_TEXT_MAX } from '../../core/notes/note';
import type { SaveNoteResult } from '../../store/store-types';
import { forgetUnsavedText } from '../../ui/unsaved-text';
import { useUnsavedText } from '../../ui/use-unsaved-text';
import { useLeaveWarning } from './leave-warning';

export interface NoteEditorProps {
  /** The point label, for the form's accessible name. */
  label: string;
  /** Where the unsaved text is kept (src/ui/unsaved-text.ts): `noteDraftKey`. */
  draftKey: string;
  initialText?: string;
  /** Save the text; on failure the editor stays open with the text the reader wrote. */
  onSave: (text: string) => SaveNoteResult;
  onDone: () => void;
  /**
   * The note was deleted in another tab while this editor was open: the editor stays, says so,
   * and saving keeps the text as a new note (`onSave` does that).
   */
  deletedElsewhere?: boolean;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * The key of an editor's unsaved text: a new note on a point, or an edit of one note. With text
 * under it, the editor opens again (after a failed part is retried, or a reload for a new version).
 */
export const noteDraftKey = (
  target: { version: string; label: string } | { noteId: string },
): string =>
  'noteId' in target ? `note:edit:${target.noteId}` : `note:new:${target.version}:${target.label}`;

/** Write or edit one note: a "Note" text area with a live character count, "Save note" and "Cancel". */
export function NoteEditor({
  label,
  draftKey,
  initialText = '',
  onSave,
  onDone,
  deletedElsewhere = false,
}: NoteEditorProps) {
  const [text, setText] = useUnsavedText(draftKey, initialText);
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const over = text.length - NOTE_TEXT_MAX;
  const empty = text.trim().length === 0;
  // Once its note is deleted elsewhere, the editor holds the only copy of the text.
  useLeaveWarning((text !== initialText || deletedElsewhere) && !empty);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (over > 0 || empty) return;
    const result = onSave(text);
    if (result.ok) close();
    else setFailure(result.message);
  };
  const close = () => {
    forgetUnsavedText(draftKey);
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form
      className="note-editor"
      aria-label={`Note on point ${label}`}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      {deletedElsewhere ? (
        <p role="alert" className="note-failure">
          This note was deleted in another tab. Your text is still here: keep it as a new note, or
          cancel to let it go.
        </p>
      ) : null}
      <label htmlFor={`${id}-text`}>Note</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={4}
        autoFocus
        aria-describedby={`${id}-count ${id}-limit`}
        aria-invalid={over > 0 || undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-count`} className={`note-count${over > 0 ? ' note-count--over' : ''}`}>
        {count(text.length)} / {count(NOTE_TEXT_MAX)} characters
      </p>
      <p id={`${id}-limit`} className="note-limit" aria-live="polite">
        {over > 0
          ? `${count(over)} ${over === 1 ? 'character' : 'characters'} too many: shorten the note to save it.`
          : ''}
      </p>
      {failure ? (
        <p role="alert" className="note-failure">
          Your note could not be saved: {failure} Your text is still here.
        </p>
      ) : null}
      <div className="note-actions">
        <button type="submit" disabled={over > 0 || empty}>
          {deletedElsewhere ? 'Keep as a new note' : 'Save note'}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
