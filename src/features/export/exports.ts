import type { Comparison } from '../../core/compare/rows';
import type { Source, SourceId } from '../../core/model/types';
import { importWithRetry } from '../../ui/lazy-import';
import { exportFileName, type TextFile } from './download';

/** The formats offered for download. */
export type ExportFormat = 'md' | 'csv';

/**
 * The file for one format. The report code is loaded on demand (it is not needed to show the
 * page), and called exactly as `npm run compare -- LEFT RIGHT --format md|csv` calls it
 * (src/cli/run.ts): `comparisonToMarkdown(comparison, sources, {})` and
 * `comparisonToCsv(comparison, sources)`, so the download and the command line give the same bytes.
 */
export async function buildExport(
  format: ExportFormat,
  comparison: Comparison,
  sources: ReadonlyMap<SourceId, Source>,
): Promise<TextFile> {
  const name = (ext: string) => exportFileName(comparison.left.id, comparison.right.id, ext);
  switch (format) {
    case 'md': {
      const { comparisonToMarkdown } = await importWithRetry(
        () => import('../../core/report/markdown'),
      );
      return {
        fileName: name('md'),
        type: 'text/markdown;charset=utf-8',
        text: comparisonToMarkdown(comparison, sources, {}),
      };
    }
    case 'csv': {
      const { comparisonToCsv } = await importWithRetry(() => import('../../core/report/csv'));
      return {
        fileName: name('csv'),
        type: 'text/csv;charset=utf-8',
        text: comparisonToCsv(comparison, sources),
      };
    }
  }
}
