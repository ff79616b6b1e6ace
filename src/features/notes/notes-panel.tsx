import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Note } from '../../core/notes/note';
import { useAllNotes } from '../../store/hooks';
import { useViewerData } from '../../ui/data-context';
import { NoteText } from './note-text';
import { NotesTransfer } from './notes-transfer';

export interface NotesPanelProps {
  /** Show the note's point (sets the focused point in the URL). */
  onJump: (note: Note) => void;
}

/** Every note, grouped by version then point (the store's order), with search, export and import. */
export default function NotesPanel({ onJump }: NotesPanelProps) {
  const notes = useAllNotes();
  const { versionById, entryById } = useViewerData();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const searchId = useId();
  const titleOf = (id: string) => entryById(id)?.title ?? id;

  const groups = useMemo(() => {
    const q = deferred.trim().toLocaleLowerCase();
    const out = new Map<string, Note[]>();
    for (const note of notes) {
      const title = entryById(note.version)?.title ?? note.version;
      const haystack = `${note.text}\n${title}\npoint ${note.label}`.toLocaleLowerCase();
      if (q && !haystack.includes(q)) continue;
      out.set(note.version, [...(out.get(note.version) ?? []), note]);
    }
    return [...out];
  }, [notes, deferred, entryById]);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);

  return (
    <div className="notes-panel-body">
      <NotesTransfer />
      <div className="notes-search">
        <label htmlFor={searchId}>Search notes</label>{' '}
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="notes-count" role="status">
        {notes.length === 0
          ? 'No notes yet. Use “Add note” under any point.'
          : `Showing ${shown} of ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.`}
      </p>
      {groups.map(([version, list]) => (
        <section key={version} className="notes-group" aria-labelledby={`${searchId}-${version}`}>
          <h3 id={`${searchId}-${version}`}>{titleOf(version)}</h3>
          <ul className="notes">
            {list.map((note) => {
              // A version whose points have not loaded yet is not evidence of a missing point.
              const version = versionById(note.version);
              const missing = version
                ? !version.points.some((p) => p.label === note.label)
                : !entryById(note.version);
              return (
                <li key={note.id} className="note" data-note-id={note.id}>
                  <p className="note-origin">
                    Point {note.label}
                    {missing ? ' — not in the current data' : ''}
                  </p>
                  <NoteText text={note.text} />
                  {missing ? null : (
                    <button type="button" className="secondary" onClick={() => onJump(note)}>
                      Go to point {note.label} of {titleOf(note.version)}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
