import { NotesUndoStatus } from './notes-status';
import { RecoveryBanner, StorageErrorBanner } from './storage-banners';
import './notes.css';

/** Everything the app must tell the reader about their notes: unreadable data, failed saves, undo. */
export function NotesBanners() {
  return (
    <>
      <RecoveryBanner />
      <StorageErrorBanner />
      <NotesUndoStatus />
    </>
  );
}
