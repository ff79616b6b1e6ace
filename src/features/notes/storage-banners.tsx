import { useRecovery, useStatusActions, useStorageError } from '../../store/hooks';
import { downloadText } from '../../ui/download';
import { fileStamp } from './file-stamp';

/**
 * Stored notes that could not be read: the store kept the raw text aside (another localStorage key)
 * and loaded what it could; this tells the reader, offers the raw text as a file, and dismisses.
 */
export function RecoveryBanner() {
  const recovery = useRecovery();
  const { dismissRecovery } = useStatusActions();
  if (!recovery) return null;
  return (
    <section
      className="notes-banner notes-banner--recovery"
      role="alert"
      aria-labelledby="notes-recovery-title"
    >
      <h2 id="notes-recovery-title">Some saved notes could not be read</h2>
      <p>{recovery.message}</p>
      {recovery.problems.length ? (
        <details>
          <summary>What could not be read</summary>
          <ul>
            {recovery.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="note-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(
              recovery.raw,
              `peace-plan-notes-unreadable-${fileStamp(recovery.foundAt)}.txt`,
              'text/plain',
            )
          }
        >
          Download the unreadable data
        </button>
        <button type="button" className="secondary" onClick={() => dismissRecovery(recovery.id)}>
          Dismiss
        </button>
      </div>
    </section>
  );
}

/** A save that failed (storage full or disabled). The editor that tried keeps its text. */
export function StorageErrorBanner() {
  const error = useStorageError();
  const { dismissStorageError } = useStatusActions();
  if (!error) return null;
  return (
    <section className="notes-banner notes-banner--error" aria-labelledby="notes-storage-title">
      <h2 id="notes-storage-title">Notes could not be saved</h2>
      <p>{error}</p>
      <button
        type="button"
        className="secondary"
        aria-label="Dismiss the message about saving"
        onClick={dismissStorageError}
      >
        Dismiss
      </button>
    </section>
  );
}
