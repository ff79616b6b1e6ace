import { outletsOf, type SourceLookup } from '../../core/model/sources';
import type { Source } from '../../core/model/types';
import { SourceLink } from '../../ui/source-link';

/** "Reported by: Axios, Reuters and 9 more", with every source (outlet, date, link) one click away. */
export function ReportedBy({ ids, lookup }: { ids: readonly string[]; lookup: SourceLookup }) {
  const outlets = outletsOf(ids, lookup);
  const shown = outlets.slice(0, 4);
  const more = outlets.length - shown.length;
  const sources = ids.map(lookup).filter((s): s is Source => s !== undefined);
  return (
    <div className="reported-by">
      <p>
        <span className="sources-label">Reported by: </span>
        {shown.join('; ')}
        {more > 0 ? ` and ${more} more` : ''}
      </p>
      {sources.length ? (
        <details>
          <summary>Sources ({sources.length})</summary>
          <ul className="source-list">
            {sources.map((s) => (
              <li key={s.id}>
                <SourceLink source={s} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
