import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  checkDraft,
  looksLikeJson,
  type DraftCheck,
  type DraftInput,
} from '../../core/text/check-draft';
import {
  DEFAULT_IMPORT_COMPLETENESS,
  finishImport,
  type ImportCompleteness,
  type ImportMeta,
} from '../../core/text/import-draft';
import { limitsSentence } from '../../core/text/limits';
import { DRAFT_STYLES, type DraftStyle } from '../../core/text/parse-draft';
import { useImportActions } from '../../store/hooks';
import type { DraftReader } from '../../worker/import-client';
import { useUnsavedText } from '../../ui/use-unsaved-text';
import { CompletenessChoice } from './completeness-choice';
import { DraftTextBox, HELD_ABOVE } from './draft-text-box';
import { ImportPreview } from './import-preview';
import { readDraftFile } from './read-file';
import { useDraftCheck } from './use-draft-check';

const today = () => new Date().toISOString().slice(0, 10);

/** Pasted text up to this many characters is stored with the draft (see `save`). */
const SOURCE_TEXT_KEPT = 256 * 1024;

/**
 * Paste or drop a newly leaked draft, see how it was split, fix the numbering style, say how
 * complete it is, save it and compare it at once. The text is read in a worker with progress and
 * a Stop (issue #17); the limits are shown before anything is pasted. The pasted text is never
 * lost: errors leave everything in the dialog.
 */
export function ImportDialog({
  onClose,
  onSaved,
  reader,
}: {
  onClose: () => void;
  onSaved: (id: string) => void;
  reader?: () => DraftReader;
}) {
  const { addImport } = useImportActions();
  // Typed text outlives the dialog's code (a failed part, a reload for a new version): the shell
  // reopens the dialog when text is kept under 'import:' and forgets it on save or cancel.
  const [text, setText] = useUnsavedText('import:text', '');
  // A long text is held by the dialog and shown in part (draft-text-box.tsx).
  const [held, setHeld] = useState(() => text.length > HELD_ABOVE);
  const [file, setFile] = useState<{ name: string; bytes: number } | undefined>();
  const [title, setTitle] = useUnsavedText('import:title', '');
  const [date, setDate] = useUnsavedText('import:date', today());
  const [outlet, setOutlet] = useUnsavedText('import:outlet', '');
  const [url, setUrl] = useUnsavedText('import:url', '');
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
  // Save pressed while the text is still being read: saved as soon as the reading ends.
  const saveWhenRead = useRef(false);
  const [waitingToSave, setWaitingToSave] = useState(false);
  const saveWithRef = useRef<(check: DraftCheck) => void>(() => {});
  const { state, stop, retry, finished } = useDraftCheck(input, {
    ...(reader ? { reader } : {}),
    onDone: (check) => {
      if (!saveWhenRead.current) return;
      saveWhenRead.current = false;
      setWaitingToSave(false);
      saveWithRef.current(check);
    },
  });
  const isJson = useMemo(() => looksLikeJson(text, file?.name), [text, file]);

  const takeFile = useCallback(
    async (chosen: File | undefined) => {
      if (!chosen) return;
      const read = await readDraftFile(chosen);
      if (!read.ok) {
        setErrors([read.error]);
        return;
      }
      setErrors([]);
      setText(read.text);
      setHeld(read.text.length > HELD_ABOVE);
      setFile({ name: read.name, bytes: read.bytes });
      setTitle((t) => t || read.name.replace(/\.[a-z]+$/i, ''));
    },
    [setText, setTitle],
  );

  const onText = useCallback(
    (value: string, long: boolean) => {
      setText(value);
      setHeld(long);
      setFile(undefined);
      setErrors([]);
    },
    [setText],
  );
  const onRefused = useCallback((message: string) => setErrors([message]), []);

  /** Save the draft as checked, with what the form says. */
  function saveWith(check: DraftCheck) {
    const meta: ImportMeta = {
      title,
      date,
      outlet,
      url,
      sourceId,
      completeness,
      ...(file ? { fileName: file.name } : {}),
    };
    const outcome = finishImport(check, meta);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    // The raw text is kept beside small drafts only: a long one is its points, and storing it
    // twice would double a synchronous localStorage write of megabytes.
    const saved = addImport(
      outcome.version,
      text.length <= SOURCE_TEXT_KEPT ? { sourceText: text } : {},
    );
    if (!saved.ok) {
      setErrors('errors' in saved ? [saved.message, ...saved.errors] : [saved.message]);
      return;
    }
    onSaved(saved.id);
  }
  useEffect(() => {
    saveWithRef.current = saveWith;
  });

  function save() {
    switch (state.status) {
      case 'idle': // no text: the check says so at once
        saveWith(checkDraft({ text }));
        return;
      case 'done':
        saveWith(state.check);
        return;
      case 'reading': {
        // Read already, though not rendered yet: save now (no answer is still to come).
        const check = finished();
        if (check) {
          saveWith(check);
          return;
        }
        saveWhenRead.current = true;
        setWaitingToSave(true);
        setErrors([]);
        return;
      }
      case 'stopped':
      case 'failed':
        setErrors(['The draft has not been read: press “Read again” in the preview, then save.']);
        return;
      default: {
        const never: never = state;
        return never;
      }
    }
  }

  function stopReading() {
    saveWhenRead.current = false;
    setWaitingToSave(false);
    stop();
  }

  const onDrop = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      void takeFile(e.dataTransfer.files[0]);
    },
    [takeFile],
  );

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
        <DraftTextBox
          id={`${ids}-text`}
          describedBy={`${ids}-limits`}
          text={text}
          held={held}
          onText={onText}
          onRefused={onRefused}
          onDrop={onDrop}
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
      <ImportPreview state={state} onStop={stopReading} onRetry={retry} />
      {waitingToSave ? (
        <p role="status">The draft will be saved as soon as it has been read.</p>
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
