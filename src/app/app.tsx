/**
 * The shell: what the first comparison needs (the URL-owned view, the data, the comparison core
 * and its rows). Notes, imports, sharing, the change bar and exports arrive with
 * `./enhancements`, loaded right after the first render.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { CompareContext } from '../core/compare/compare';
import { commonLinks, type VersionEntry } from '../core/model/catalog';
import type { Correspondence, Point, Version } from '../core/model/types';
import type { Row } from '../core/compare/rows';
import type { DataStore } from '../data/data-store';
import { LineageView } from '../features/lineage/lineage-view';
import { openPanel } from '../features/lineage/open-panel';
import { PanelTabs } from '../features/lineage/panel-tabs';
import { CompareFilters } from '../ui/compare-filters';
import { CompareView } from '../ui/compare-view';
import { DataContext, DataStoreContext } from '../ui/data-context';
import { DataStatus } from '../ui/data-status';
import { useData, useStoreRevision } from '../ui/use-data';
import { useComparison } from '../ui/use-comparison';
import { useViewState } from '../ui/url/use-view-state';
import { VersionPicker } from '../ui/version-picker';
import type { VirtualRowsHandle } from '../ui/row-list';
import { defaultPair } from './default-pair';
import type * as EnhancementsModule from './enhancements';
import { useViewerDataValue } from './viewer-data';

const NO_VERSIONS: readonly Version[] = [];
const NO_LINKS: readonly Correspondence[] = [];
const ImportPanel = lazy(() => import('../features/import/import-panel'));
const NoticeList = lazy(() => import('../ui/notice-list'));

type Enhancements = typeof EnhancementsModule;

/** Load the enhancements once, after the first paint. */
function useEnhancements(): Enhancements | null {
  const [enhancements, setEnhancements] = useState<Enhancements | null>(null);
  useEffect(() => {
    let live = true;
    void import('./enhancements').then((m) => live && setEnhancements(m));
    return () => {
      live = false;
    };
  }, []);
  return enhancements;
}

/** A link that names one of the reader's own imports must wait for their stored drafts. */
const namesImport = (search: string) => /(?:^|[?&])(?:l|r)=imported-/.test(search);

/** While a version's points load, hooks get its index entry with no points (never shown). */
function standIn(entry: VersionEntry | undefined, id: string): Version {
  return {
    id,
    title: entry?.title ?? id,
    date: entry?.date ?? '',
    completeness: entry?.completeness ?? 'count-only',
    claimedPoints: entry?.claimedPoints ?? null,
    claimedBy: [],
    reportedBy: [],
    summary: '',
    points: [],
  };
}

/**
 * What the pair in view is compared with: the recorded links (each file carries every link that
 * names its version) and the versions both are linked to, through which two unlinked versions are
 * joined (compare/through.ts), as the command line does.
 */
function useCompareContext(
  store: DataStore,
  left: string,
  right: string,
  through: readonly string[],
): CompareContext {
  const file = (id: string) => {
    const load = store.version(id);
    return load?.status === 'ready' ? load.value : undefined;
  };
  const a = file(left);
  const b = file(right);
  const bases = through.map(file);
  const basesKey = bases.map((f) => (f ? f.version.id : '')).join('\n');
  return useMemo(() => {
    const links = new Map<string, Correspondence>();
    for (const c of [...(a?.correspondences ?? NO_LINKS), ...(b?.correspondences ?? NO_LINKS)])
      links.set(`${c.from}→${c.to}`, c);
    const versions = basesKey
      .split('\n')
      .filter(Boolean)
      .map((id) => store.version(id))
      .flatMap((load) => (load?.status === 'ready' ? [load.value.version] : []));
    return { correspondences: [...links.values()], versions };
  }, [store, a, b, basesKey]);
}

/**
 * The page. Every version's points are fetched when a view needs them (issue #12): the pair in
 * view, the versions a link points into, or all of them for the timeline, history and matrix.
 */
export function App({ store }: { store: DataStore }) {
  const enh = useEnhancements();
  const [imported, setImported] = useState<readonly Version[]>(NO_VERSIONS);
  const [importOpen, setImportOpen] = useState(false);
  useStoreRevision(store);
  const loaded = store.readyFiles();
  const eventsLoad = store.events();
  const events = eventsLoad?.status === 'ready' ? eventsLoad.value : null;
  const knownData = useViewerDataValue({
    index: store.index,
    loaded,
    events,
    imported,
    carried: NO_VERSIONS,
  });
  const known = useMemo(
    () => ({
      versionIds: new Set(knownData.catalog.map((v) => v.id)),
      // Undefined while a version's points load: the codec then waits for them (`awaiting`).
      labelsOf: (id: string) => {
        const v = knownData.versionById(id);
        return v ? new Set(v.points.map((p) => p.label)) : undefined;
      },
      defaults: defaultPair(knownData.catalog),
      // The reader's own imports: an identical copy carried in a link is theirs, not a conflict.
      draftOf: (id: string) => (knownData.isImported(id) ? knownData.versionById(id) : undefined),
    }),
    [knownData],
  );
  const { state, shared, notices, pending, awaiting, setView, linkFor } = useViewState(known);
  const data = useViewerDataValue({
    index: store.index,
    loaded,
    events,
    imported,
    carried: shared.drafts,
  });
  // The pair in view, what it may be joined through, and any version the link points into: all
  // fetched in parallel.
  const through = commonLinks(data.entryById(state.left), data.entryById(state.right));
  const pairData = useData(store, [state.left, state.right, ...through, ...awaiting]);
  const left = data.versionById(state.left) ?? standIn(data.entryById(state.left), state.left);
  const right = data.versionById(state.right) ?? standIn(data.entryById(state.right), state.right);
  const compareContext = useCompareContext(store, state.left, state.right, through);
  const result = useComparison(left, right, compareContext);
  const rowsRef = useRef<VirtualRowsHandle>(null);
  const waiting = pending || (!enh && namesImport(window.location.search));

  const pointExtras = useMemo(
    () =>
      enh
        ? (version: Version, point: Point, row: Row) => (
            <enh.PointExtras
              version={version}
              point={point}
              row={row}
              left={left}
              right={right}
              sharedNotes={shared.notes}
            />
          )
        : undefined,
    [enh, left, right, shared.notes],
  );

  return (
    <DataStoreContext.Provider value={store}>
      <DataContext.Provider value={data}>
        {enh ? <enh.StoreBridge onImported={setImported} /> : null}
        <a className="skip-link" href="#main">
          Skip to the comparison
        </a>
        <div className="app">
          <header className="app-header">
            <h1>Peace-plan drafts compared</h1>
            <p>
              What changed, point by point, between the reported drafts of the US-brokered
              Russia–Ukraine peace plan — who reported each version, and how much of it is known.
            </p>
          </header>
          <nav className="toolbar" aria-label="Comparison controls">
            <div className="toolbar-group">
              <VersionPicker
                label="Left version"
                value={state.left}
                onChange={(id) => setView({ left: id, focus: null })}
              />
              <button
                type="button"
                className="secondary"
                onClick={() => setView({ left: state.right, right: state.left, focus: null })}
              >
                Swap sides
              </button>
              <VersionPicker
                label="Right version"
                value={state.right}
                onChange={(id) => setView({ right: id, focus: null })}
              />
            </div>
            <CompareFilters
              mode={state.mode}
              hideUnchanged={state.hideUnchanged}
              topic={state.topic}
              onMode={(mode) => setView({ mode })}
              onHideUnchanged={(hideUnchanged) => setView({ hideUnchanged })}
              onTopic={(topic) => setView({ topic })}
            />
            <div className="toolbar-group">
              <button
                type="button"
                className="secondary"
                aria-expanded={importOpen}
                onClick={() => setImportOpen((o) => !o)}
              >
                Import draft
              </button>
            </div>
          </nav>
          <PanelTabs
            current={state.panel.kind}
            onSelect={(kind) => setView({ panel: openPanel(kind, state, data.versions) })}
          />
          {importOpen ? (
            <Suspense fallback={<p role="status">Loading the import dialog…</p>}>
              <ImportPanel
                onClose={() => setImportOpen(false)}
                onSaved={(id) => {
                  setImportOpen(false);
                  setView({ right: id, focus: null });
                }}
              />
            </Suspense>
          ) : null}
          {notices.length && !waiting ? (
            <Suspense fallback={null}>
              <NoticeList notices={notices} titleOf={(id) => data.entryById(id)?.title} />
            </Suspense>
          ) : null}
          {enh ? <enh.NotesTop left={state.left} right={state.right} setView={setView} /> : null}
          <main id="main" tabIndex={-1}>
            {pairData.status === 'failed' ? (
              <DataStatus state={pairData} />
            ) : waiting ? (
              <p role="status">Opening the link…</p>
            ) : pairData.status === 'loading' ? (
              <DataStatus state={pairData} />
            ) : state.panel.kind !== 'compare' ? (
              <LineageView state={state} setView={setView} />
            ) : result.status === 'ready' ? (
              <>
                {enh ? (
                  <enh.BeforeRows
                    comparison={result.comparison}
                    hideUnchanged={state.hideUnchanged}
                    topic={state.topic}
                    rowsRef={rowsRef}
                    linkFor={linkFor}
                  />
                ) : null}
                <CompareView
                  comparison={result.comparison}
                  mode={state.mode}
                  hideUnchanged={state.hideUnchanged}
                  topic={state.topic}
                  focus={state.focus}
                  {...(pointExtras ? { pointExtras } : {})}
                  {...(enh
                    ? {
                        describe: (row: Row) =>
                          enh.describeRow(row, left, right, data.sources, result.comparison.via),
                      }
                    : {})}
                  rowsRef={rowsRef}
                />
                {enh ? (
                  <enh.AfterRows
                    comparison={result.comparison}
                    hideUnchanged={state.hideUnchanged}
                    topic={state.topic}
                  />
                ) : null}
              </>
            ) : result.status === 'working' ? (
              <div role="status" className="comparing">
                <progress aria-label="Comparing drafts" max={1} value={result.progress} />
                <p>{result.message}</p>
              </div>
            ) : (
              <p role="alert">{result.message}</p>
            )}
          </main>
          <footer className="app-footer">
            <p>
              Point texts are the project&apos;s own paraphrases of leaked and reported drafts;
              figures are kept exactly as reported. Every point names its sources. Nothing that no
              outlet reported is shown as known.
            </p>
          </footer>
        </div>
      </DataContext.Provider>
    </DataStoreContext.Provider>
  );
}
