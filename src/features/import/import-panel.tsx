import { useState } from 'react';
import type { DraftReader } from '../../worker/import-client';
import { useLastDeleted, useStatusActions } from '../../store/hooks';
import { ImportDialog } from './import-dialog';
import { ImportedDrafts } from './imported-drafts';
import './import.css';

/** "Import draft" and the list of imported drafts; lazy-loaded so the first view stays light. */
export default function ImportPanel({
  onClose,
  onSaved,
  reader,
}: {
  onClose: () => void;
  onSaved: (id: string) => void;
  /** The draft reader; the page's shared worker by default (tests pass their own). */
  reader?: () => DraftReader;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const lastDeleted = useLastDeleted();
  const { undoDelete } = useStatusActions();
  return (
    <div className="import-panel">
      <ImportDialog onClose={onClose} onSaved={onSaved} {...(reader ? { reader } : {})} />
      <ImportedDrafts onStatus={setStatus} />
      <div role="status" className="import-status">
        {status}
        {status && lastDeleted?.kind === 'import' ? (
          <>
            {' '}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                const result = undoDelete(lastDeleted.token);
                setStatus(
                  result.ok ? `Restored “${lastDeleted.draft.version.title}”.` : result.message,
                );
              }}
            >
              Undo
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
