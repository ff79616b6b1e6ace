import { Suspense, useState } from 'react';
import type { Note } from '../../core/notes/note';
import { useAllNotes } from '../../store/hooks';
import { lazyWithRetry } from '../../ui/lazy-import';
import { PartBoundary } from '../../ui/part-boundary';

/** The panel's code (search, export, import, Markdown) loads only when the reader opens it. */
const NotesPanel = lazyWithRetry(() => import('./notes-panel'));

/** "Notes (n)": a disclosure for the notes panel. */
export function NotesDock({ onJump }: { onJump: (note: Note) => void }) {
  const count = useAllNotes().length;
  const [open, setOpen] = useState(false);
  return (
    <section className="notes-dock" aria-labelledby="notes-dock-title">
      <h2 id="notes-dock-title" className="notes-dock-title">
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls="notes-panel"
          onClick={() => setOpen(!open)}
        >
          Your notes ({count})
        </button>
      </h2>
      <div id="notes-panel" hidden={!open}>
        {open ? (
          <PartBoundary part="The notes panel">
            <Suspense fallback={<p role="status">Loading notes…</p>}>
              <NotesPanel onJump={onJump} />
            </Suspense>
          </PartBoundary>
        ) : null}
      </div>
    </section>
  );
}
