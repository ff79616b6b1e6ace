import { useState } from 'react';
import type { Comparison } from '../../core/compare/rows';
import { useViewerData } from '../../ui/data-context';
import { downloadText } from '../../ui/download';
import { LoadError } from '../../ui/lazy-import';
import { PartFailure } from '../../ui/part-boundary';
import { buildExport, type ExportFormat } from './exports';

/**
 * "Download Markdown" and "Download CSV": the whole comparison of the two versions (every row,
 * whatever the filters show), byte for byte what the command line prints for the same pair.
 */
export function ExportButtons({ comparison }: { comparison: Comparison }) {
  const { sources } = useViewerData();
  const [failure, setFailure] = useState<{ error: unknown; format: ExportFormat } | null>(null);

  const save = async (format: ExportFormat) => {
    setFailure(null);
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
    <div className="export-buttons" role="group" aria-label="Export this comparison">
      <button type="button" className="secondary" onClick={() => void save('md')}>
        Download Markdown
      </button>
      <button type="button" className="secondary" onClick={() => void save('csv')}>
        Download CSV
      </button>
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
