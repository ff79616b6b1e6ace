import { useContext, useId, useState, type ChangeEvent } from 'react';
import type { Source } from '../../core/model/types';
import type { VersionFile } from '../../data/data-files';
import { notesFileName, notesFileSizeProblem } from '../../core/notes/notes-file';
import type { NotesFileError } from '../../core/notes/notes-file';
import { notesToMarkdown } from '../../core/notes/notes-markdown';
import { exportAllNotes, useAllNotes, useNoteActions } from '../../store/hooks';
import { DataStoreContext, useViewerData } from '../../ui/data-context';
import { downloadText } from '../../ui/download';

type ImportReport =
  { kind: 'done'; summary: string; errors: NotesFileError[] } | { kind: 'failed'; message: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Export notes (JSON)", "Import notes" (a file; problems listed by line) and "Export notes (Markdown)". */
export function NotesTransfer() {
  const notes = useAllNotes();
  const { importNotesFile } = useNoteActions();
  const { catalog, versionById, source } = useViewerData();
  const store = useContext(DataStoreContext);
  const [report, setReport] = useState<ImportReport | null>(null);
  const inputId = useId();

  const exportMarkdown = async () => {
    // The notes' versions may not have loaded yet (issue #12): fetch them first.
    let files: VersionFile[];
    try {
      files = store ? await store.ensure(notes.map((n) => n.version)) : [];
    } catch (error) {
      setReport({ kind: 'failed', message: (error as Error).message });
      return;
    }
    const fileOf = new Map(files.map((f) => [f.version.id, f]));
    const sourceOf = (version: string, id: string): Source | undefined =>
      source(id) ?? fileOf.get(version)?.sources.find((s) => s.id === id);
    const markdown = notesToMarkdown(
      notes,
      (version, label) => {
        const v = fileOf.get(version)?.version ?? versionById(version);
        const point = v?.points.find((p) => p.label === label);
        if (!v || !point) return undefined;
        return {
          versionTitle: v.title,
          pointText: point.text,
          sources: point.sources.flatMap((id) => sourceOf(version, id) ?? []),
        };
      },
      { versionOrder: catalog.map((v) => v.id) },
    );
    downloadText(markdown, notesFileName(new Date()).replace(/\.json$/, '.md'), 'text/markdown');
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // Size before reading (issue #18): a huge file is refused without loading it.
    const tooBig = notesFileSizeProblem(file.size);
    if (tooBig) {
      setReport({ kind: 'failed', message: tooBig });
      return;
    }
    let result: ReturnType<typeof importNotesFile>;
    try {
      result = importNotesFile(await file.text());
    } catch {
      // Reading can fail (the file moved, the disk went away); the import itself never throws.
      setReport({ kind: 'failed', message: `${file.name} could not be read.` });
      return;
    }
    if (!result.ok) {
      setReport({ kind: 'failed', message: result.message });
      return;
    }
    const [why] = result.errors;
    if (result.refused && why) {
      setReport({ kind: 'failed', message: `${file.name}, line ${why.line}: ${why.message}` });
      return;
    }
    const parts = [plural(result.added, 'note added', 'notes added')];
    if (result.updated) parts.push(plural(result.updated, 'note updated', 'notes updated'));
    if (result.restored)
      parts.push(plural(result.restored, 'deleted note restored', 'deleted notes restored'));
    if (result.duplicates)
      parts.push(plural(result.duplicates, 'note already here', 'notes already here'));
    if (result.older)
      parts.push(plural(result.older, 'older copy skipped', 'older copies skipped'));
    setReport({
      kind: 'done',
      summary: `Imported ${file.name}: ${parts.join(', ')}.`,
      errors: result.errors,
    });
  };

  return (
    <div className="notes-transfer">
      <div className="note-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(exportAllNotes(), notesFileName(new Date()), 'application/json')
          }
        >
          Export notes (JSON)
        </button>
        <button type="button" className="secondary" onClick={() => void exportMarkdown()}>
          Export notes (Markdown)
        </button>
        <span className="notes-import">
          <label htmlFor={inputId}>Import notes</label>{' '}
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e)}
          />
        </span>
      </div>
      <div role="status" className="notes-import-report">
        {report?.kind === 'done' ? (
          <>
            <p>{report.summary}</p>
            {report.errors.length ? (
              <>
                <p>{plural(report.errors.length, 'entry was', 'entries were')} not imported:</p>
                <ul className="notes-import-errors">
                  {report.errors.map((e, i) => (
                    <li key={i}>
                      Line {e.line}: {e.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
        {report?.kind === 'failed' ? (
          <p className="note-failure">The notes could not be imported: {report.message}</p>
        ) : null}
      </div>
    </div>
  );
}
