import { useMemo } from 'react';
import { filterRows } from '../../core/compare/filter';
import type { Comparison, RowStatus } from '../../core/compare/rows';
import { givenNote } from '../../core/model/sources';
import type { Topic } from '../../core/model/topics';
import { useViewerData } from '../../ui/data-context';
import { formatDate, safeHttpsUrl } from '../../ui/source-link';
import { footnoteCss, footnoteIds } from './footnotes';

export interface PrintFootnotesProps {
  comparison: Comparison;
  hideUnchanged: boolean;
  topic: Topic | null;
  statuses?: readonly RowStatus[];
}

/**
 * Print only: the numbered list of every source the printed rows cite, with its full URL, since
 * paper has no links. Each source link on the page gets its number through `footnoteCss`.
 */
export function PrintFootnotes({
  comparison,
  hideUnchanged,
  topic,
  statuses,
}: PrintFootnotesProps) {
  const { source } = useViewerData();
  // Folded rows included: a reader may open a fold before printing.
  const ids = useMemo(
    () =>
      footnoteIds(
        comparison,
        filterRows(comparison.rows, { hideUnchanged, topic, ...(statuses ? { statuses } : {}) }),
      ),
    [comparison, hideUnchanged, topic, statuses],
  );
  if (ids.length === 0) return null;
  return (
    <section className="print-only print-footnotes" aria-labelledby="print-footnotes-title">
      <style>{footnoteCss(ids)}</style>
      <h2 id="print-footnotes-title">Sources</h2>
      <ol>
        {ids.map((id) => {
          const s = source(id);
          if (!s) {
            return (
              <li key={id} data-footnote-id={id}>
                {id} (not in the source register)
              </li>
            );
          }
          const href = safeHttpsUrl(s.url);
          return (
            <li key={id} data-footnote-id={id}>
              {s.outlet}
              {s.site ? ` (via ${s.site})` : ''}
              {givenNote(s) ? ` (${givenNote(s)})` : ''}, {s.dateApproximate ? 'c. ' : ''}
              {formatDate(s.date)}: {href ? <a href={href}>{s.url}</a> : s.url}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
