import { outletsOf } from '../core/model/sources';
import { SHARED_DRAFT_MARK, type Provenance } from '../core/model/provenance';
import { COMPLETENESS_NAMES, DOCUMENT_KIND_NAMES, type Version } from '../core/model/types';
import { pointsKnown } from '../core/model/known';
import { formatDate, SourceList } from './source-link';
import { useViewerData } from './data-context';
import { Isolate } from './isolate';

/** Outlets named in a summary line before the rest is counted. */
const NAMED = 3;

/**
 * One side's provenance, visible but quiet: title, date, completeness, "N of M points known" and
 * the outlets that reported it on one line; every source with its date and link, the version's
 * summary and context notes one click away (and printed in full).
 */
export function VersionHeader({ version, side }: { version: Version; side: 'left' | 'right' }) {
  const { source, provenance } = useViewerData();
  const origin = provenance(version.id);
  const headingId = `${side}-version-title`;
  const outlets = outletsOf(version.reportedBy, source);
  const named = outlets.slice(0, NAMED).join(', ');
  const more = outlets.length - NAMED;
  const count = version.reportedBy.length + version.claimedBy.length;
  return (
    <section className={`version-header version-header--${side}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="sr-only">{side === 'left' ? 'Left version: ' : 'Right version: '}</span>
        <Isolate text={version.title} />
      </h2>
      <p className="version-meta">
        <span>{version.dateLabel ?? formatDate(version.date)}</span>
        {version.kind ? (
          <span className={`badge badge--doc-kind badge--doc-kind-${version.kind}`}>
            {DOCUMENT_KIND_NAMES[version.kind]}
          </span>
        ) : null}
        <span className="badge badge--completeness">
          {COMPLETENESS_NAMES[version.completeness]}
        </span>
        <span className="known-count">{pointsKnown(version)}</span>
        <ProvenanceBadge provenance={origin} />
      </p>
      {origin === 'shared' ? (
        <p className="notice notice--shared" role="note">
          <strong>{SHARED_DRAFT_MARK}.</strong> Imported by the sender, unverified: this draft
          arrived in the link. Its title, text and sources are as the sender gave them, and nobody
          has checked them.
        </p>
      ) : null}
      <details className="version-sources">
        <summary>
          {outlets.length
            ? `Reported by ${named}${more > 0 ? ` and ${more} more` : ''}`
            : 'Sources'}
          {` · ${count} source${count === 1 ? '' : 's'}`}
          {version.summary || version.notes?.length ? ', about this version' : ''}
        </summary>
        {version.summary ? (
          <p className="version-summary">
            <Isolate text={version.summary} />
          </p>
        ) : null}
        {version.claimedBy.length ? (
          <SourceList ids={version.claimedBy} lookup={source} prefix="Count claimed by" />
        ) : null}
        <SourceList ids={version.reportedBy} lookup={source} prefix="Reported by" />
        {version.notes?.length ? (
          <ul className="version-notes">
            {version.notes.map((n, i) => (
              <li key={i}>
                <Isolate text={n.text} />
                <SourceList ids={n.sources} lookup={source} />
              </li>
            ))}
          </ul>
        ) : null}
      </details>
    </section>
  );
}

/** Who brought a version that is not bundled, in words (colour is never the only signal). */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  switch (provenance) {
    case 'bundled':
      return null;
    case 'yours':
      return <span className="badge badge--imported">Imported by you</span>;
    case 'shared':
      return <span className="badge badge--shared">{SHARED_DRAFT_MARK}</span>;
    default: {
      const never: never = provenance;
      return never;
    }
  }
}
