import { SHARED_DRAFT_MARK, type Provenance } from '../core/model/provenance';
import { COMPLETENESS_NAMES, type Version } from '../core/model/types';
import { pointsKnown } from '../core/model/known';
import { formatDate, SourceList } from './source-link';
import { useViewerData } from './data-context';
import { Isolate } from './isolate';

/** Title, date, completeness, "N of M points known" and who reported it, for one side. */
export function VersionHeader({ version, side }: { version: Version; side: 'left' | 'right' }) {
  const { source, provenance } = useViewerData();
  const origin = provenance(version.id);
  const headingId = `${side}-version-title`;
  return (
    <section className={`version-header version-header--${side}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="sr-only">{side === 'left' ? 'Left version: ' : 'Right version: '}</span>
        <Isolate text={version.title} />
      </h2>
      <p className="version-meta">
        <span>{version.dateLabel ?? formatDate(version.date)}</span>
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
      {version.summary ? (
        <p className="version-summary">
          <Isolate text={version.summary} />
        </p>
      ) : null}
      {version.points.length === 0 ? (
        <p className="notice notice--no-text" role="note">
          No text of this version is public.{' '}
          {version.claimedPoints !== null
            ? `Only its count of ${version.claimedPoints} points was reported`
            : 'Only a statement about it was reported'}
          {version.fates?.length ? ', with what happened to some points' : ''}.
        </p>
      ) : null}
      {version.claimedBy.length ? (
        <SourceList ids={version.claimedBy} lookup={source} prefix="Count claimed by" />
      ) : null}
      <SourceList ids={version.reportedBy} lookup={source} prefix="Reported by" />
      {version.notes?.length ? (
        <details className="version-notes">
          <summary>Context ({version.notes.length})</summary>
          <ul>
            {version.notes.map((n, i) => (
              <li key={i}>
                <Isolate text={n.text} />
                <SourceList ids={n.sources} lookup={source} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
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
