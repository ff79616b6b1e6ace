/**
 * The shell: what the first comparison needs (the URL-owned view, the data, the comparison core
 * and its rows). Notes, imports, sharing, the change bar and exports arrive with
 * `./enhancements`, loaded once the first view is shown (at once for a reader with notes or
 * imports of their own: use-enhancements.ts).
 */
import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { PARAPHRASE_DISCLOSURE } from '../core/compare/claims';
import { commonLinks } from '../core/model/catalog';
import type { Point, Version } from '../core/model/types';
import type { Row } from '../core/compare/rows';
import type { MatchDecision } from '../core/compare/decisions';
import type { DataStore } from '../data/data-store';
import { LineageView } from '../features/lineage/lineage-view';
import { openPanel } from '../features/lineage/open-panel';
import { PanelTabs } from '../features/lineage/panel-tabs';
import { rowFocus } from '../core/compare/filter';
import { rowKeysWith } from '../core/compare/fold';
import { encodeView } from '../core/url/codec';
import { CompareView, type CompareViewHandle } from '../ui/compare-view';
import { DataContext, DataStoreContext } from '../ui/data-context';
import { DataStatus } from '../ui/data-status';
import { DigestLoading } from '../ui/digest';
import { lazyWithRetry } from '../ui/lazy-import';
import { PartBoundary, PartFailure } from '../ui/part-boundary';
import { forgetUnsavedText, hasUnsavedText } from '../ui/unsaved-text';
import { useData, useStoreRevision } from '../ui/use-data';
import { NO_DECISIONS, useComparison, useDecidedComparison } from '../ui/use-comparison';
import { useViewState } from '../ui/url/use-view-state';
import { defaultPair } from '../core/model/default-pair';
import { useCompareContext, standIn } from './use-compare-context';
import { Toolbar } from './toolbar';
import { namesImport, useEnhancements } from './use-enhancements';
import { useViewerDataValue } from '../ui/viewer-data';

const NO_VERSIONS: readonly Version[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
const ImportPanel = lazyWithRetry(() => import('../features/import/import-panel'));
const NoticeList = lazyWithRetry(() => import('../ui/notice-list'));

/** Unsaved text of the import dialog lives under these keys (src/features/import/import-dialog.tsx). */
const IMPORT_TEXT = 'import:';

/**
 * The page. Every version's points are fetched when a view needs them (issue #12): the pair in
 * view, the versions a link points into, or all of them for the timeline, history and matrix.
 */
export function App({ store }: { store: DataStore }) {
  const [imported, setImported] = useState<readonly Version[]>(NO_VERSIONS);
  // Reopened after a reload for a new version when the reader had typed into it.
  const [importOpen, setImportOpen] = useState(() => hasUnsavedText(IMPORT_TEXT));
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
      draftOf: (id: string) => knownData.importedDraft(id),
      // A draft a link brings may not reuse the id of a source this viewer has (issue #19).
      hasSource: (id: string) => knownData.sources.has(id),
    }),
    [knownData],
  );
  const { state, shared, notices, pending, awaiting, payloadFailure, setView, linkFor } =
    useViewState(known);
  const data = useViewerDataValue({
    index: store.index,
    loaded,
    events,
    imported,
    carried: shared.drafts,
  });
  // The pair in view, what it may be joined through, and any version the link points into: all
  // fetched in parallel.
  const leftEntry = data.entryById(state.left);
  const rightEntry = data.entryById(state.right);
  const through = commonLinks(leftEntry, rightEntry);
  const pairData = useData(store, [state.left, state.right, ...through, ...awaiting]);
  const left = data.versionById(state.left) ?? standIn(leftEntry, state.left);
  const right = data.versionById(state.right) ?? standIn(rightEntry, state.right);
  // While the pair loads, the comparison's heading already names both (from the index).
  const loadingTitles =
    state.panel.kind === 'compare' && leftEntry && rightEntry
      ? { left: leftEntry, right: rightEntry }
      : null;
  const compareContext = useCompareContext(store, state.left, state.right, through);
  const computed = useComparison(left, right, compareContext);
  // The reader's decisions on possible matches (from the store, once it has loaded) and the
  // link's; the rows stay derived: the decisions are applied to each new comparison.
  const [ownDecisions, setOwnDecisions] = useState(NO_DECISIONS);
  const result = useDecidedComparison(computed, ownDecisions, shared.decisions);
  // The enhancements come once the first view is on screen (use-enhancements.ts).
  const enhancements = useEnhancements(
    pairData.status === 'failed' ||
      (pairData.status === 'ready' &&
        (state.panel.kind !== 'compare' || result.status !== 'working')),
  );
  const enh = enhancements.module;
  const rowsRef = useRef<CompareViewHandle>(null);
  // The pair the page opened with is rendered first screen first (issue #14: a phone's first
  // load); a pair the reader picks later comes whole, as the page is already interactive.
  const [openedPair] = useState(() => `${state.left}|${state.right}`);
  // The address of a row: the view as it stands, focused there (the link's own payloads kept).
  // Keyed on the view without its focus: stepping through the changes keeps every row's href.
  const unfocused = encodeView({ ...state, focus: null });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `unfocused` stands for `state`
  const base = useMemo(() => ({ ...state, focus: null }), [unfocused]);
  const rowHref = useCallback(
    (row: Row) =>
      encodeView(
        { ...base, focus: rowFocus(row) },
        { notes: shared.notes, drafts: shared.drafts, decisions: shared.decisions },
      ),
    [base, shared],
  );
  const [noted, setNoted] = useState<ReadonlySet<string>>(NO_KEYS);
  // What the enhancements hand over when they arrive is, for a reader with nothing stored, empty:
  // kept as the same constants, so that no update re-renders every row. An update from an effect
  // renders in one task, not in slices (about 240 ms with the rows at a phone's speed, issue #14).
  const onImported = useCallback(
    (versions: readonly Version[]) => setImported(versions.length ? versions : NO_VERSIONS),
    [],
  );
  const onDecisions = useCallback(
    (decisions: Readonly<Record<string, MatchDecision>>) =>
      setOwnDecisions(Object.keys(decisions).length ? decisions : NO_DECISIONS),
    [],
  );
  const onNoted = useCallback(
    (keys: ReadonlySet<string>) => setNoted(keys.size ? keys : NO_KEYS),
    [],
  );
  const comparison = result.status === 'ready' ? result.comparison : null;
  const keep = useMemo(
    () =>
      comparison && shared.notes.length
        ? new Set([...noted, ...rowKeysWith(comparison, shared.notes)])
        : noted,
    [comparison, noted, shared.notes],
  );
  const rowLink = useCallback((row: Row) => linkFor({ focus: rowFocus(row) }).url, [linkFor]);
  const via = result.status === 'ready' ? result.comparison.via : undefined;
  const describe = useMemo(
    () => (enh ? (row: Row) => enh.describeRow(row, left, right, data.sources, via) : undefined),
    [enh, left, right, data.sources, via],
  );
  const waitingForImports = !enh && namesImport(window.location.search);
  const waiting = pending || waitingForImports;
  const enhancementsFailure = enhancements.failure ? (
    <PartFailure
      part="Your notes, imported drafts, sharing and downloads"
      error={enhancements.failure.error}
      onRetry={enhancements.failure.retry}
    />
  ) : null;

  const matchControls = useMemo(
    () => (enh ? (row: Row) => <enh.MatchExtras row={row} left={left} right={right} /> : undefined),
    [enh, left, right],
  );

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
        {enh ? <enh.StoreBridge onImported={onImported} onDecisions={onDecisions} /> : null}
        <a className="skip-link" href="#main">
          Skip to the comparison
        </a>
        <div className="app">
          <header className="app-header">
            <div className="brand">
              <h1>Peace-plan drafts compared</h1>
              <p className="tagline">
                The reported drafts of the US-brokered Russia–Ukraine peace plan, point by point:
                what changed, who reported it, how much is known.
              </p>
            </div>
            <PanelTabs
              current={state.panel.kind}
              onSelect={(kind) => setView({ panel: openPanel(kind, state, data.versions) })}
            />
          </header>
          <Toolbar
            state={state}
            setView={setView}
            importOpen={importOpen}
            onImport={() => setImportOpen((o) => !o)}
          >
            {enh ? <enh.NotesTop left={state.left} right={state.right} setView={setView} /> : null}
          </Toolbar>
          {importOpen ? (
            <PartBoundary part="The import dialog">
              <Suspense fallback={<p role="status">Loading the import dialog…</p>}>
                <ImportPanel
                  onClose={() => {
                    forgetUnsavedText(IMPORT_TEXT);
                    setImportOpen(false);
                  }}
                  onSaved={(id) => {
                    forgetUnsavedText(IMPORT_TEXT);
                    setImportOpen(false);
                    setView({ right: id, focus: null });
                  }}
                />
              </Suspense>
            </PartBoundary>
          ) : null}
          {notices.length && !waiting ? (
            <PartBoundary part="The notices about this link">
              <Suspense fallback={null}>
                <NoticeList notices={notices} titleOf={(id) => data.entryById(id)?.title} />
              </Suspense>
            </PartBoundary>
          ) : null}
          {enh || waitingForImports ? null : enhancementsFailure}
          <main id="main" tabIndex={-1}>
            {pairData.status === 'failed' ? (
              <DataStatus state={pairData} />
            ) : waiting ? (
              payloadFailure ? (
                <PartFailure
                  part="The notes and drafts this link carries"
                  error={payloadFailure.error}
                  onRetry={payloadFailure.retry}
                />
              ) : (
                (waitingForImports && enhancementsFailure) || <p role="status">Opening the link…</p>
              )
            ) : pairData.status === 'loading' ? (
              loadingTitles ? (
                <DigestLoading {...loadingTitles}>
                  <DataStatus state={pairData} />
                </DigestLoading>
              ) : (
                <DataStatus state={pairData} />
              )
            ) : state.panel.kind !== 'compare' ? (
              <LineageView state={state} setView={setView} />
            ) : result.status === 'ready' ? (
              <>
                {enh ? <enh.PrintTop comparison={result.comparison} /> : null}
                <PartBoundary part="The comparison" resetKeys={[result.comparison]}>
                  <CompareView
                    comparison={result.comparison}
                    view={state}
                    setView={setView}
                    rowHref={rowHref}
                    rowLink={rowLink}
                    keep={keep}
                    rowsRef={rowsRef}
                    firstScreenFirst={`${state.left}|${state.right}` === openedPair}
                    {...(pointExtras ? { pointExtras } : {})}
                    {...(matchControls ? { matchControls } : {})}
                    {...(describe ? { describe } : {})}
                    {...(enh
                      ? {
                          barActions: (
                            <enh.BarActions comparison={result.comparison} linkFor={linkFor} />
                          ),
                          afterDigest: (
                            <enh.AfterDigest
                              comparison={result.comparison}
                              view={state}
                              reveal={(row: Row) => rowsRef.current?.reveal(row) ?? false}
                            />
                          ),
                        }
                      : {})}
                  />
                </PartBoundary>
                {enh ? <enh.AfterRows comparison={result.comparison} view={state} /> : null}
                {enh ? <enh.NotedRows comparison={result.comparison} onChange={onNoted} /> : null}
              </>
            ) : result.status === 'working' ? (
              <DigestLoading left={left} right={right}>
                <div role="status" className="comparing">
                  <progress aria-label="Comparing drafts" max={1} value={result.progress} />
                  <p>{result.message}</p>
                </div>
              </DigestLoading>
            ) : (
              <PartFailure
                part="The comparison"
                error={result.cause}
                message={result.message}
                onRetry={result.retry}
              />
            )}
          </main>
          <footer className="app-footer">
            <p className="disclosure">
              {PARAPHRASE_DISCLOSURE} Figures are kept exactly as reported. Every point names its
              sources. Nothing that no outlet reported is shown as known.
            </p>
          </footer>
        </div>
      </DataContext.Provider>
    </DataStoreContext.Provider>
  );
}
