import { outletsOf } from '../../core/lineage/describe';
import type { SourceLookup } from '../../core/lineage/topic-matrix';
import { SourceList } from '../../ui/source-link';

/** "Reported by: Axios, Reuters and 9 more", with every source (outlet, date, link) one click away. */
export function ReportedBy({ ids, lookup }: { ids: readonly string[]; lookup: SourceLookup }) {
  const outlets = outletsOf(ids, lookup);
  const shown = outlets.slice(0, 4);
  const more = outlets.length - shown.length;
  return (
    <div className="reported-by">
      <p>
        <span className="sources-label">Reported by: </span>
        {shown.join('; ')}
        {more > 0 ? ` and ${more} more` : ''}
      </p>
      <details>
        <summary>Sources ({ids.length})</summary>
        <SourceList ids={ids} lookup={lookup} />
      </details>
    </div>
  );
}
