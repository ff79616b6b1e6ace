import { useEffect, useRef, useState } from 'react';
import { useStatusActions } from '../../store/hooks';
import { useViewerData } from '../../ui/data-context';
import { setDeletionStatus, useDeletionStatus } from './deletion-status';

/**
 * "Note … deleted" with "Undo", in a status region that is always in the page (so it is announced).
 * Focus moves to "Undo" when a note is deleted (the deleted note's buttons are gone), and to the
 * message after an undo.
 */
export function NotesUndoStatus() {
  const status = useDeletionStatus();
  const { undoDelete } = useStatusActions();
  const { entryById } = useViewerData();
  const [failure, setFailure] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (status?.kind === 'deleted') undoButton.current?.focus();
    else if (status?.kind === 'restored') region.current?.focus();
  }, [status]);

  const where = status
    ? `Note on ${entryById(status.version)?.title ?? status.version} point ${status.label}`
    : '';
  return (
    <div className="notes-status" role="status" ref={region} tabIndex={-1}>
      {status ? (
        <div className="notes-toast">
          <span>
            {where} {status.kind === 'deleted' ? 'deleted.' : 'restored.'}
          </span>{' '}
          {status.kind === 'deleted' ? (
            <button
              ref={undoButton}
              type="button"
              onClick={() => {
                const result = undoDelete(status.token);
                setFailure(result.ok ? null : result.message);
                if (result.ok)
                  setDeletionStatus({
                    kind: 'restored',
                    version: status.version,
                    label: status.label,
                  });
              }}
            >
              Undo
            </button>
          ) : null}{' '}
          <button
            type="button"
            className="secondary"
            aria-label="Dismiss this message"
            onClick={() => {
              setFailure(null);
              setDeletionStatus(null);
            }}
          >
            Dismiss
          </button>
          {failure ? <p className="note-failure">Could not undo: {failure}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
