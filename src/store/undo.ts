/** The in-memory undo stack for deletions (notes and imported drafts). */
import { UNDO_LIMIT, type UndoEntry } from './store-types';

/** Push an entry, dropping the oldest beyond `UNDO_LIMIT`. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_LIMIT);
}
