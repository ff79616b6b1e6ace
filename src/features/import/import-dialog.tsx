import { useId, useMemo, useState, type DragEvent } from 'react';
import { buildImport } from '../../core/text/import-draft';
import { DRAFT_STYLES, type DraftStyle } from '../../core/text/parse-draft';
import { useImportActions } from '../../store/hooks';
import { useUnsavedText } from '../../ui/use-unsaved-text';
import { ImportPreview } from './import-preview';
import { readDraftFile } from './read-file';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Paste or drop a newly leaked draft, see how it was split, fix the numbering style, save it and
 * compare it at once. The pasted text is never lost: errors leave everything in the dialog.
 */
export function ImportDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { addImport } = useImportActions();
  // Typed text outlives the dialog's code (a failed part, a reload for a new version): the shell
  // reopens the dialog when text is kept under 'import:' and forgets it on save or cancel.
  const [text, setText] = useUnsavedText('import:text', '');
  const [fileName, setFileName] = useState<string | undefined>();
  const [title, setTitle] = useUnsavedText('import:title', '');
  const [date, setDate] = useUnsavedText('import:date', today());
  const [outlet, setOutlet] = useUnsavedText('import:outlet', '');
  const [url, setUrl] = useUnsavedText('import:url', '');
  const [style, setStyle] = useState<DraftStyle | ''>('');
  const [errors, setErrors] = useState<string[]>([]);
  // The reader's outlet becomes a source of its own; the id only has to differ between imports.
  const [sourceId] = useState(() => `U${Date.now().toString(36).toUpperCase()}`);
  const ids = useId();

  const outcome = useMemo(
    () =>
      buildImport({
        text,
        title: title || 'Untitled draft',
        date,
        outlet,
        url,
        sourceId,
        ...(fileName ? { fileName } : {}),
        ...(style ? { style } : {}),
      }),
    [text, title, date, outlet, url, fileName, style, sourceId],
  );

  async function takeFile(file: File | undefined) {
    if (!file) return;
    const read = await readDraftFile(file);
    if (!read.ok) {
      setErrors([read.error]);
      return;
    }
    setErrors([]);
    setText(read.text);
    setFileName(read.name);
    if (!title) setTitle(read.name.replace(/\.[a-z]+$/i, ''));
  }

  function save() {
    const final = buildImport({
      text,
      title,
      date,
      outlet,
      url,
      sourceId,
      ...(fileName ? { fileName } : {}),
      ...(style ? { style } : {}),
    });
    if (!final.ok) {
      setErrors(final.errors);
      return;
    }
    const saved = addImport(final.version, { sourceText: text });
    if (!saved.ok) {
      setErrors('errors' in saved ? [saved.message, ...saved.errors] : [saved.message]);
      return;
    }
    onSaved(saved.id);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void takeFile(e.dataTransfer.files[0]);
  };

  return (
    <div className="import-dialog" role="dialog" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Import a draft</h2>
      <p>
        Paste the text of a newly reported draft, or drop a .txt, .md or .json file. Nothing leaves
        your browser.
      </p>
      <div className="import-fields">
        <label htmlFor={`${ids}-text`}>Draft text</label>
        <textarea
          id={`${ids}-text`}
          rows={10}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(undefined);
          }}
          onDrop={onDrop}
          onDragOver={(e) => e.preventDefault()}
        />
        <label htmlFor={`${ids}-file`}>Or choose a file</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".txt,.md,.markdown,.json"
          onChange={(e) => void takeFile(e.target.files?.[0])}
        />
        <label htmlFor={`${ids}-title-input`}>Title</label>
        <input
          id={`${ids}-title-input`}
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${ids}-date`}>Date reported</label>
        <input
          id={`${ids}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`${ids}-outlet`}>Outlet (optional)</label>
        <input
          id={`${ids}-outlet`}
          type="text"
          value={outlet}
          onChange={(e) => setOutlet(e.target.value)}
        />
        <label htmlFor={`${ids}-url`}>Link (optional, https)</label>
        <input
          id={`${ids}-url`}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
        />
        <label htmlFor={`${ids}-style`}>Numbering style</label>
        <select
          id={`${ids}-style`}
          value={style}
          onChange={(e) => setStyle(e.target.value as DraftStyle | '')}
        >
          <option value="">Detect automatically</option>
          {DRAFT_STYLES.map((s) => (
            <option key={s.style} value={s.style}>
              {s.name} ({s.example})
            </option>
          ))}
        </select>
      </div>
      {errors.length ? (
        <ul className="import-errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {outcome.parse && text.trim() ? <ImportPreview parse={outcome.parse} /> : null}
      {outcome.ok && !outcome.parse ? (
        <p className="import-json-ok">JSON draft: {outcome.version.points.length} points, valid.</p>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" onClick={save}>
          Save draft
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
