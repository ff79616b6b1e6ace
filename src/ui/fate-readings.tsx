import { capitalize, type SourceLookup } from '../core/model/sources';
import { FATE_NAMES, type FateReading } from '../core/model/types';
import { SourceList } from './source-link';

/**
 * What outlets reported about a point whose version has no public text: every reading with its
 * sources, and a "Disputed" mark when they disagree (all readings are kept, none is picked).
 */
export function FateReadings({
  readings,
  lookup,
  compact,
}: {
  readings: readonly FateReading[];
  lookup: SourceLookup;
  /** Outlet names only (comparison rows); the point history keeps the full labels. */
  compact?: boolean;
}) {
  return (
    <>
      {readings.length > 1 ? (
        <p>
          <strong className="badge badge--flag">Disputed</strong> outlets disagree; every reading is
          shown.
        </p>
      ) : null}
      {readings.map((reading, i) => (
        <div key={i} className={`fate-reading fate-reading--${reading.status}`}>
          <p>
            <strong>{capitalize(FATE_NAMES[reading.status])}:</strong> {reading.note}
          </p>
          <SourceList
            ids={reading.sources}
            lookup={lookup}
            prefix="Reported by"
            {...(compact ? { compact } : {})}
          />
        </div>
      ))}
    </>
  );
}
