import { downloadText } from '../../ui/download';

/**
 * "Download Markdown" and "Download CSV" for one view. The texts are built on click, so a view
 * nobody exports costs nothing; `download` is injectable for tests (which check the content).
 */
export function ExportButtons({
  what,
  fileBase,
  markdown,
  csv,
  download = downloadText,
}: {
  what: string;
  fileBase: string;
  markdown: () => string;
  csv: () => string;
  download?: (text: string, fileName: string, type: string) => void;
}) {
  return (
    <div className="export-buttons" role="group" aria-label={`Export the ${what}`}>
      <button
        type="button"
        className="secondary"
        onClick={() => download(markdown(), `${fileBase}.md`, 'text/markdown;charset=utf-8')}
      >
        Download Markdown
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => download(csv(), `${fileBase}.csv`, 'text/csv;charset=utf-8')}
      >
        Download CSV
      </button>
    </div>
  );
}
