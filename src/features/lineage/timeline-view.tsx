import type { TimelineEntry } from '../../core/lineage/timeline';
import type { SourceLookup } from '../../core/model/sources';
import { COMPLETENESS_NAMES, DOCUMENT_KIND_NAMES, type Version } from '../../core/model/types';
import { pointsKnown } from '../../core/model/known';
import type { Nav, ViewPatch } from './nav';
import { ReportedBy } from './reported-by';

export interface TimelineViewProps {
  entries: readonly TimelineEntry[];
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  /** The comparison the selection opens, or `null` until two versions are picked. */
  compare: ViewPatch | null;
  nav: Nav;
  lookup: SourceLookup;
}

/** Every version and reported event on one dated line; two versions picked open their comparison. */
export function TimelineView({
  entries,
  selected,
  onToggle,
  compare,
  nav,
  lookup,
}: TimelineViewProps) {
  const titles = entries.flatMap((e) =>
    e.kind === 'version' && selected.includes(e.id) ? [e.version.title] : [],
  );
  return (
    <section className="lineage" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <p className="lineage-intro">
        Every reported version and event, oldest first, with what kind of document it is (a draft of
        the plan, or a document beside it), how much of it is public and who reported it. Select two
        versions to compare them.
      </p>
      <div className="timeline-actions">
        <p role="status" aria-live="polite">
          {titles.length ? `Selected: ${titles.join(' and ')}` : 'No version selected.'}
        </p>
        <button type="button" disabled={!compare} onClick={() => compare && nav.go(compare)}>
          Compare selected
        </button>
      </div>
      <ol className="timeline" aria-label="Versions and events, oldest first">
        {entries.map((e) =>
          e.kind === 'version' ? (
            <VersionEntry
              key={e.id}
              entry={e}
              checked={selected.includes(e.id)}
              onToggle={onToggle}
              lookup={lookup}
            />
          ) : (
            <EventEntry
              key={e.id}
              entry={e}
              lookup={lookup}
              titleOf={(id) => versionTitle(entries, id)}
            />
          ),
        )}
      </ol>
    </section>
  );
}

function versionTitle(entries: readonly TimelineEntry[], id: string): string {
  const e = entries.find(
    (x): x is Extract<TimelineEntry, { kind: 'version' }> => x.kind === 'version' && x.id === id,
  );
  return e?.version.title ?? id;
}

function VersionEntry({
  entry,
  checked,
  onToggle,
  lookup,
}: {
  entry: Extract<TimelineEntry, { kind: 'version' }>;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
  lookup: SourceLookup;
}) {
  const v: Version = entry.version;
  return (
    <li
      className={`timeline-entry timeline-entry--version${checked ? ' timeline-entry--selected' : ''}`}
      data-entry-id={v.id}
    >
      <time dateTime={entry.date}>{entry.dateLabel}</time>
      <div className="timeline-body">
        <h3>{v.title}</h3>
        <p className="timeline-meta">
          <span
            className={`badge badge--doc-kind badge--doc-kind-${entry.documentKind ?? 'unstated'}`}
          >
            {entry.documentKind
              ? DOCUMENT_KIND_NAMES[entry.documentKind]
              : 'Draft (kind not stated)'}
          </span>{' '}
          <span className="badge">{COMPLETENESS_NAMES[entry.completeness]}</span>{' '}
          <span>{pointsKnown(v)}</span>
        </p>
        <p>{v.summary}</p>
        <ReportedBy ids={entry.reportedBy} lookup={lookup} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={checked}
            onChange={(e) => onToggle(v.id, e.target.checked)}
          />
          Select <span className="sr-only">{v.title}</span>
        </label>
      </div>
    </li>
  );
}

function EventEntry({
  entry,
  lookup,
  titleOf,
}: {
  entry: Extract<TimelineEntry, { kind: 'event' }>;
  lookup: SourceLookup;
  titleOf: (id: string) => string;
}) {
  return (
    <li className="timeline-entry timeline-entry--event" data-entry-id={entry.id}>
      <time dateTime={entry.date}>{entry.dateLabel}</time>
      <div className="timeline-body">
        <h3>{entry.event.title}</h3>
        <p className="timeline-meta">
          <span className="badge badge--event">Reported event, no draft text</span>
        </p>
        <p>{entry.event.summary}</p>
        {entry.versions.length ? (
          <p className="timeline-concerns">Concerns: {entry.versions.map(titleOf).join('; ')}</p>
        ) : null}
        <ReportedBy ids={entry.reportedBy} lookup={lookup} />
      </div>
    </li>
  );
}
