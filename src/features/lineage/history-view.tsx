import { useState, type ReactNode } from 'react';
import type { HistoryStep } from '../../core/lineage/lineage';
import type { SourceLookup } from '../../core/model/sources';
import { TOPIC_NAMES } from '../../core/model/topics';
import type { Point, Version } from '../../core/model/types';
import { HistoryStepView } from './history-step';
import type { Nav } from './nav';

export interface HistoryViewProps {
  /** The versions whose points can be picked (those with text), oldest first. */
  versions: readonly Version[];
  version: string;
  label: string;
  /** `null` when the version or point is not known. */
  steps: readonly HistoryStep[] | null;
  onPick: (version: string, label: string) => void;
  nav: Nav;
  lookup: SourceLookup;
  exports?: ReactNode;
}

/** Everyday words for what the texts say otherwise: the army cap is "armed forces" in every draft. */
const ALSO: Readonly<Record<string, string>> = {
  army: 'armed forces',
  troops: 'armed forces',
  military: 'armed forces',
};

/**
 * Whether a point matches the words typed ("army", "amnesty"): every word is found in its label,
 * text or topic names, case and accents aside.
 */
export function pointMatches(point: Point, query: string): boolean {
  const fold = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(
    [point.label, point.text, ...point.topics.map((t) => TOPIC_NAMES[t]), ...point.topics].join(
      ' ',
    ),
  );
  return words.every((w) => hay.includes(w) || (ALSO[w] !== undefined && hay.includes(ALSO[w])));
}

function pointOption(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** Pick a point in any version; see its counterpart in every version, oldest first. */
export function HistoryView({
  versions,
  version,
  label,
  steps,
  onPick,
  nav,
  lookup,
  exports,
}: HistoryViewProps) {
  const current = versions.find((v) => v.id === version);
  const [query, setQuery] = useState('');
  const points = current?.points ?? [];
  const matches = points.filter((p) => pointMatches(p, query));
  // The chosen point stays in the list, so the select always shows what is open.
  const shown = points.filter((p) => p.label === label || matches.includes(p));
  return (
    <section className="lineage" aria-labelledby="history-title">
      <h2 id="history-title">Point history</h2>
      <p className="lineage-intro">
        Follow one point through every version. Each version is compared with the one you chose, the
        older first, exactly as the comparison of the two says: its status, how that is known —
        reported by an outlet, inferred by the project, or matched by text — and the change as
        stated.
      </p>
      <div className="lineage-controls">
        <div className="picker">
          <label htmlFor="history-version">Version</label>
          <select
            id="history-version"
            value={current ? version : ''}
            onChange={(e) => {
              const v = versions.find((x) => x.id === e.target.value);
              if (v?.points[0]) onPick(v.id, v.points[0].label);
            }}
          >
            {current ? null : <option value="">Choose a version</option>}
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
        </div>
        <div className="picker">
          <label htmlFor="history-find">Find a point</label>
          <input
            id="history-find"
            type="search"
            placeholder="army, amnesty, NATO…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="history-found"
          />
        </div>
        <div className="picker picker--wide">
          <label htmlFor="history-point">Point</label>
          <select
            id="history-point"
            value={label}
            onChange={(e) => onPick(version, e.target.value)}
          >
            {shown.map((p) => (
              <option key={p.label} value={p.label}>
                {`${p.label}. ${pointOption(p.text)}`}
              </option>
            ))}
          </select>
          <span id="history-found" className="history-found" role="status">
            {query.trim() ? `${matches.length} of ${points.length} points match.` : ''}
          </span>
        </div>
        {exports}
      </div>
      {steps && current ? (
        <ol
          className="history"
          aria-label={`History of point ${label} of the ${current?.title ?? version}`}
        >
          {steps.map((step) => (
            <HistoryStepView
              key={step.version.id}
              step={step}
              origin={current}
              label={label}
              nav={nav}
              lookup={lookup}
            />
          ))}
        </ol>
      ) : (
        <p role="status">This point is not in the data; choose a version and a point.</p>
      )}
    </section>
  );
}
