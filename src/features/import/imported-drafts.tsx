import { useState } from 'react';
import { useImportActions, useImports } from '../../store/hooks';
import type { ImportedDraft } from '../../core/notes/imported-drafts';
import { downloadText } from '../../ui/download';

/** The draft in the data format, ready to contribute to data/ (README: "Adding a version"). */
export function exportDraftJson(draft: ImportedDraft): string {
  return `${JSON.stringify(draft.version, null, 2)}\n`;
}

function DraftItem({
  draft,
  onStatus,
}: {
  draft: ImportedDraft;
  onStatus: (message: string) => void;
}) {
  const { renameImport, deleteImport } = useImportActions();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(draft.version.title);
  const [error, setError] = useState<string | null>(null);
  const v = draft.version;
  return (
    <li className="imported-draft">
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const result = renameImport(v.id, title);
            if (!result.ok) setError(result.message);
            else {
              setError(null);
              setEditing(false);
              onStatus(`Renamed to “${title.trim()}”.`);
            }
          }}
        >
          <label htmlFor={`rename-${v.id}`}>New title for {v.title}</label>
          <input
            id={`rename-${v.id}`}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit">Save title</button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
          {error ? <p role="alert">{error}</p> : null}
        </form>
      ) : (
        <>
          <span>
            <strong>{v.title}</strong> — {v.date}, {v.points.length} points
          </span>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => setEditing(true)}
            aria-label={`Rename ${v.title}`}
          >
            Rename
          </button>{' '}
          <button
            type="button"
            className="secondary"
            aria-label={`Export ${v.title} as a data file`}
            onClick={() => downloadText(exportDraftJson(draft), `${v.id}.json`, 'application/json')}
          >
            Export as data file
          </button>{' '}
          <button
            type="button"
            className="secondary"
            aria-label={`Delete ${v.title}`}
            onClick={() => {
              const result = deleteImport(v.id);
              onStatus(result.ok ? `Deleted “${v.title}”.` : result.message);
            }}
          >
            Delete
          </button>
        </>
      )}
    </li>
  );
}

/** The reader's imported drafts: rename, export in the data format, delete (with undo). */
export function ImportedDrafts({ onStatus }: { onStatus: (message: string) => void }) {
  const imports = useImports();
  if (imports.length === 0) return null;
  return (
    <section className="imported-drafts" aria-labelledby="imported-drafts-title">
      <h3 id="imported-drafts-title">Your imported drafts</h3>
      <ul>
        {imports.map((d) => (
          <DraftItem key={d.version.id} draft={d} onStatus={onStatus} />
        ))}
      </ul>
    </section>
  );
}
