import { useEffect, useId, useRef, useState } from 'react';
import type { Comparison } from '../../core/compare/rows';
import { useViewerData } from '../../ui/data-context';
import { downloadText } from '../../ui/download';
import { LoadError } from '../../ui/lazy-import';
import { PartFailure } from '../../ui/part-boundary';
import { buildExport, type ExportFormat } from './exports';

/**
 * "Export": Markdown, CSV (the whole comparison, byte for byte what the command line prints for
 * the pair) and Print. A disclosure button with its choices below it; Escape or a click elsewhere
 * closes it and gives focus back to the button.
 */
export function ExportMenu({ comparison }: { comparison: Comparison }) {
  const { sources } = useViewerData();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; format: ExportFormat } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const save = async (format: ExportFormat) => {
    setFailure(null);
    setOpen(false);
    try {
      const file = await buildExport(format, comparison, sources);
      downloadText(file.text, file.fileName, file.type);
    } catch (error) {
      // The report code is a separate file: it can fail to load when the connection dropped
      // (Retry), or be gone after a new deploy (Reload).
      setFailure({ error, format });
    }
  };

  return (
    <div
      ref={root}
      className="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      <div
        id={id}
        className="export-choices"
        role="group"
        aria-label="Export this comparison"
        hidden={!open}
      >
        <button type="button" className="secondary" onClick={() => void save('md')}>
          Download Markdown
        </button>
        <button type="button" className="secondary" onClick={() => void save('csv')}>
          Download CSV
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setOpen(false);
            window.print();
          }}
        >
          Print
        </button>
      </div>
      {failure?.error instanceof LoadError ? (
        <PartFailure
          part={`The ${failure.format === 'md' ? 'Markdown' : 'CSV'} download`}
          error={failure.error}
          onRetry={() => void save(failure.format)}
        />
      ) : failure ? (
        <p role="alert" className="export-error">
          The download could not be prepared. Check the connection and try again.
        </p>
      ) : null}
    </div>
  );
}
