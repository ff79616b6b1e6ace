import { useState } from 'react';
import type { Comparison } from '../../core/compare/rows';
import { useViewerData } from '../../ui/data-context';
import { downloadText } from '../../ui/download';
import { buildExport, type ExportFormat } from './exports';

/**
 * "Download Markdown" and "Download CSV": the whole comparison of the two versions (every row,
 * whatever the filters show), byte for byte what the command line prints for the same pair.
 */
export function ExportButtons({ comparison }: { comparison: Comparison }) {
  const { sources } = useViewerData();
  const [error, setError] = useState<string | null>(null);

  const save = async (format: ExportFormat) => {
    setError(null);
    try {
      const file = await buildExport(format, comparison, sources);
      downloadText(file.text, file.fileName, file.type);
    } catch {
      // The report code is a separate file: it can fail to load when the connection dropped.
      setError('The download could not be prepared. Check the connection and try again.');
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
      {error ? (
        <p role="alert" className="export-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
