import { useMemo } from 'react';
import type { Comparison } from '../../core/compare/rows';
import { useAllNotes } from '../../store/hooks';
import { useViewerData } from '../../ui/data-context';
import { NoteText } from '../../ui/note-text';
import { notesNotInComparison } from './placement';

/**
 * Notes on the two compared versions whose point has no counterpart on the other side, each with
 * the row's reason ("point dropped in … — DW"). Listed, never hidden (anchors.md §2.6).
 */
export function NotesNotInThisDraft({
  comparison,
}: {
  comparison: Pick<Comparison, 'left' | 'right' | 'rows'>;
}) {
  const notes = useAllNotes();
  const { source } = useViewerData();
  const missing = useMemo(
    () => notesNotInComparison(comparison, notes, source),
    [comparison, notes, source],
  );
  if (missing.length === 0) return null;
  return (
    <section className="notes-missing" aria-labelledby="notes-missing-title">
      <h2 id="notes-missing-title">Notes not in this draft</h2>
      <p>These notes belong to points with no counterpart on the other side of this comparison.</p>
      <ul className="notes">
        {missing.map(({ note, versionTitle, reason }) => (
          <li key={note.id} className="note note--missing" data-note-id={note.id}>
            <p className="note-origin">
              note on {versionTitle} {note.label} — not in this draft: {reason}
            </p>
            <NoteText text={note.text} />
          </li>
        ))}
      </ul>
    </section>
  );
}
