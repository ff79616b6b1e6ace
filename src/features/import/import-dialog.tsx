import { useId, useMemo, useState, type ClipboardEvent, type DragEvent } from 'react';
import { checkDraft, looksLikeJson, type DraftInput } from '../../core/text/check-draft';
import {
  DEFAULT_IMPORT_COMPLETENESS,
  finishImport,
  type ImportCompleteness,
  type ImportMeta,
} from '../../core/text/import-draft';
import { bytesProblem, IMPORT_LIMITS, limitsSentence, utf8Length } from '../../core/text/limits';
import { DRAFT_STYLES, type DraftStyle } from '../../core/text/parse-draft';
import { useImportActions } from '../../store/hooks';
import { CompletenessChoice } from './completeness-choice';
import { ImportPreview } from './import-preview';
import { readDraftFile } from './read-file';
import { useDraftCheck } from './use-draft-check';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Paste or drop a newly leaked draft, see how it was split, fix the numbering style, say how
 * complete it is, save it and compare it at once. The text is read in a worker with progress and
 * a Stop (issue #17); the limits are shown before anything is pasted. The pasted text is never
 * lost: errors leave everything in the dialog.
 */
export function ImportDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { addImport } = useImportActions();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; bytes: number } | undefined>();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [outlet, setOutlet] = useState('');
  const [url, setUrl] = useState('');
  const [style, setStyle] = useState<DraftStyle | ''>('');
  const [completeness, setCompleteness] = useState<ImportCompleteness>(DEFAULT_IMPORT_COMPLETENESS);
  const [errors, setErrors] = useState<string[]>([]);
  // The reader's outlet becomes a source of its own; the id only has to differ between imports.
  const [sourceId] = useState(() => `U${Date.now().toString(36).toUpperCase()}`);
  const ids = useId();

  const input = useMemo<DraftInput | null>(
    () =>
      text.trim() === '' && !file
        ? null
        : {
            text,
            ...(file ? { fileName: file.name, bytes: file.bytes } : {}),
            ...(style ? { style } : {}),
          },
    [text, file, style],
  );
  const { state, stop, retry } = useDraftCheck(input);
  const isJson = looksLikeJson(text, file?.name);

  async function takeFile(chosen: File | undefined) {
    if (!chosen) return;
    const read = await readDraftFile(chosen);
    if (!read.ok) {
      setErrors([read.error]);
      return;
    }
    setErrors([]);
    setText(read.text);
    setFile({ name: read.name, bytes: read.bytes });
    if (!title) setTitle(read.name.replace(/\.[a-z]+$/i, ''));
  }

  /** A paste over the byte limit is refused before it reaches the text box (issue #17). */
  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = e.clipboardData.getData('text/plain');
    const box = e.currentTarget;
    const before = box.value.slice(0, box.selectionStart);
    const after = box.value.slice(box.selectionEnd);
    // A UTF-16 unit is at most 3 UTF-8 bytes: most pastes need no counting at all.
    if ((before.length + pasted.length + after.length) * 3 <= IMPORT_LIMITS.bytes) return;
    const problem = bytesProblem(
      utf8Length(before) + utf8Length(pasted) + utf8Length(after),
      'The pasted text',
    );
    if (!problem) return;
    e.preventDefault();
    setErrors([`${problem} Nothing was pasted; the text box keeps what it had.`]);
  }

  function save() {
    const meta: ImportMeta = {
      title,
      date,
      outlet,
      url,
      sourceId,
      completeness,
      ...(file ? { fileName: file.name } : {}),
    };
    let outcome;
    if (!input) outcome = finishImport(checkDraft({ text }), meta);
    else if (state.status === 'done') outcome = finishImport(state.check, meta);
    else {
      setErrors([
        state.status === 'reading'
          ? 'The draft is still being read: save when the preview is ready, or stop reading.'
          : 'The draft has not been read: press “Read again” in the preview, then save.',
      ]);
      return;
    }
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    const saved = addImport(outcome.version, { sourceText: text });
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
      <p id={`${ids}-limits`} className="import-limits">
        Limits: {limitsSentence()}
      </p>
      <div className="import-fields">
        <label htmlFor={`${ids}-text`}>Draft text</label>
        <textarea
          id={`${ids}-text`}
          rows={10}
          value={text}
          aria-describedby={`${ids}-limits`}
          onChange={(e) => {
            setText(e.target.value);
            setFile(undefined);
          }}
          onPaste={onPaste}
          onDrop={onDrop}
          onDragOver={(e) => e.preventDefault()}
        />
        <label htmlFor={`${ids}-file`}>Or choose a file</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".txt,.md,.markdown,.json"
          aria-describedby={`${ids}-limits`}
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
      {isJson ? null : <CompletenessChoice value={completeness} onChange={setCompleteness} />}
      {errors.length ? (
        <ul className="import-errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <ImportPreview state={state} onStop={stop} onRetry={retry} />
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
