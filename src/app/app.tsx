import { useMemo } from 'react';
import type { CompareContext } from '../core/compare/compare';
import type { Version } from '../core/model/types';
import { bundled, versionsByDate } from '../data/bundled';
import { CompareFilters } from '../ui/compare-filters';
import { CompareView } from '../ui/compare-view';
import { DataContext, type ViewerData } from '../ui/data-context';
import { useComparison } from '../ui/use-comparison';
import { VersionPicker } from '../ui/version-picker';
import { useViewState } from '../ui/url/use-view-state';
import { defaultPair } from './default-pair';

const BUNDLED_VERSIONS = versionsByDate(bundled.versions);
const COMPARE_CONTEXT: CompareContext = { correspondences: bundled.correspondences };

function useViewerDataValue(extra: readonly Version[]): ViewerData {
  return useMemo(() => {
    const importedIds = new Set(extra.map((v) => v.id));
    const versions = versionsByDate([...BUNDLED_VERSIONS, ...extra.filter((v) => !bundled.versions.some((b) => b.id === v.id))]);
    const byId = new Map(versions.map((v) => [v.id, v]));
    return {
      dataset: bundled,
      versions,
      versionById: (id) => byId.get(id),
      source: (id) => bundled.sources.get(id),
      isImported: (id) => importedIds.has(id),
    };
  }, [extra]);
}

export function App() {
  const extraVersions: readonly Version[] = [];
  const data = useViewerDataValue(extraVersions);
  const known = useMemo(
    () => ({
      versionIds: new Set(data.versions.map((v) => v.id)),
      labelsOf: (id: string) => {
        const v = data.versionById(id);
        return v ? new Set(v.points.map((p) => p.label)) : undefined;
      },
      defaults: defaultPair(data.versions),
    }),
    [data],
  );
  const { state, notices, setView } = useViewState(known);
  const left = data.versionById(state.left)!;
  const right = data.versionById(state.right)!;
  const result = useComparison(left, right, COMPARE_CONTEXT);

  return (
    <DataContext.Provider value={data}>
      <a className="skip-link" href="#main">
        Skip to the comparison
      </a>
      <div className="app">
        <header className="app-header">
          <h1>Peace-plan drafts compared</h1>
          <p>
            What changed, point by point, between the reported drafts of the US-brokered Russia–Ukraine peace plan
            — who reported each version, and how much of it is known.
          </p>
        </header>
        <nav className="toolbar" aria-label="Comparison controls">
          <div className="toolbar-group">
            <VersionPicker label="Left version" value={left.id} onChange={(id) => setView({ left: id, focus: null })} />
            <button
              type="button"
              className="secondary"
              onClick={() => setView({ left: right.id, right: left.id, focus: null })}
            >
              Swap sides
            </button>
            <VersionPicker label="Right version" value={right.id} onChange={(id) => setView({ right: id, focus: null })} />
          </div>
          <CompareFilters
            mode={state.mode}
            hideUnchanged={state.hideUnchanged}
            topic={state.topic}
            onMode={(mode) => setView({ mode })}
            onHideUnchanged={(hideUnchanged) => setView({ hideUnchanged })}
            onTopic={(topic) => setView({ topic })}
          />
        </nav>
        {notices.length ? (
          <ul className="notices" aria-label="About this link" role="status">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <main id="main" tabIndex={-1}>
          {result.status === 'ready' ? (
            <CompareView
              comparison={result.comparison}
              mode={state.mode}
              hideUnchanged={state.hideUnchanged}
              topic={state.topic}
              focus={state.focus}
            />
          ) : (
            <p role="status">{result.message}</p>
          )}
        </main>
        <footer className="app-footer">
          <p>
            Point texts are the project&apos;s own paraphrases of leaked and reported drafts; figures are kept exactly
            as reported. Every point names its sources. Nothing that no outlet reported is shown as known.
          </p>
        </footer>
      </div>
    </DataContext.Provider>
  );
}
