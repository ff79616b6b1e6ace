/**
 * The shell: what the first comparison needs (the URL-owned view, the data, the comparison core
 * and its rows). Notes, imports, sharing, the change bar and exports arrive with
 * `./enhancements`, loaded right after the first render.
 */
import { startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { CompareContext } from '../core/compare/compare';
import type { Point, Version } from '../core/model/types';
import type { Row } from '../core/compare/rows';
import { bundled } from '../data/bundled';
import { LineageView } from '../features/lineage/lineage-view';
import { openPanel } from '../features/lineage/open-panel';
import { PanelTabs } from '../features/lineage/panel-tabs';
import { CompareFilters } from '../ui/compare-filters';
import { CompareView } from '../ui/compare-view';
import { DataContext } from '../ui/data-context';
import { importWithRetry, lazyWithRetry } from '../ui/lazy-import';
import { PartBoundary, PartFailure } from '../ui/part-boundary';
import { forgetUnsavedText, hasUnsavedText } from '../ui/unsaved-text';
import { useComparison } from '../ui/use-comparison';
import { useViewState } from '../ui/url/use-view-state';
import { VersionPicker } from '../ui/version-picker';
import type { VirtualRowsHandle } from '../ui/row-list';
import { defaultPair } from './default-pair';
import type * as EnhancementsModule from './enhancements';
import { useViewerDataValue } from './viewer-data';

const NO_VERSIONS: readonly Version[] = [];
// With the versions, two versions no link joins are compared through one both are linked to, as
// the point history and the matrix do (src/core/compare/through.ts).
const COMPARE_CONTEXT: CompareContext = {
  correspondences: bundled.correspondences,
  versions: bundled.versions,
};
const ImportPanel = lazyWithRetry(() => import('../features/import/import-panel'));
const NoticeList = lazyWithRetry(() => import('../ui/notice-list'));

type Enhancements = typeof EnhancementsModule;
interface EnhancementsLoad {
  module: Enhancements | null;
  /** They could not be loaded (even after the automatic retry). */
  failure: { error: unknown; retry: () => void } | null;
}

/** Load the enhancements after the first paint; a failure to load them is shown with Retry. */
function useEnhancements(): EnhancementsLoad {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<{ module: Enhancements } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    importWithRetry(() => import('./enhancements')).then(
      // A transition: every row gains its note controls in slices of rendering, not one long task.
      (module) => live && startTransition(() => setLoad({ module })),
      (error: unknown) => live && setLoad({ error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (load && 'module' in load) return { module: load.module, failure: null };
  const retry = () => {
    setLoad(null);
    setAttempt((n) => n + 1);
  };
  return { module: null, failure: load ? { error: load.error, retry } : null };
}

/** Unsaved text of the import dialog lives under these keys (src/features/import/import-dialog.tsx). */
const IMPORT_TEXT = 'import:';

/** A link that names one of the reader's own imports must wait for their stored drafts. */
const namesImport = (search: string) => /(?:^|[?&])(?:l|r)=imported-/.test(search);

export function App() {
  const enhancements = useEnhancements();
  const enh = enhancements.module;
  const [imported, setImported] = useState<readonly Version[]>(NO_VERSIONS);
  // Reopened after a reload for a new version when the reader had typed into it.
  const [importOpen, setImportOpen] = useState(() => hasUnsavedText(IMPORT_TEXT));
  const knownData = useViewerDataValue(imported, NO_VERSIONS);
  const known = useMemo(
    () => ({
      versionIds: new Set(knownData.versions.map((v) => v.id)),
      labelsOf: (id: string) => {
        const v = knownData.versionById(id);
        return v ? new Set(v.points.map((p) => p.label)) : undefined;
      },
      defaults: defaultPair(knownData.versions),
      // The reader's own imports: an identical copy carried in a link is theirs, not a conflict.
      draftOf: (id: string) => knownData.importedDraft(id),
      // A draft a link brings may not reuse the id of a source this viewer has (issue #19).
      hasSource: (id: string) => knownData.sources.has(id),
    }),
    [knownData],
  );
  const { state, shared, notices, pending, payloadFailure, setView, linkFor } = useViewState(known);
  const data = useViewerDataValue(imported, shared.drafts);
  const left = data.versionById(state.left)!;
  const right = data.versionById(state.right)!;
  const result = useComparison(left, right, COMPARE_CONTEXT);
  const rowsRef = useRef<VirtualRowsHandle>(null);
  const waitingForImports = !enh && namesImport(window.location.search);
  const waiting = pending || waitingForImports;
  const enhancementsFailure = enhancements.failure ? (
    <PartFailure
      part="Your notes, imported drafts, sharing and downloads"
      error={enhancements.failure.error}
      onRetry={enhancements.failure.retry}
    />
  ) : null;

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
              value={left.id}
              onChange={(id) => setView({ left: id, focus: null })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => setView({ left: right.id, right: left.id, focus: null })}
            >
              Swap sides
            </button>
            <VersionPicker
              label="Right version"
              value={right.id}
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
              <NoticeList notices={notices} titleOf={(id) => data.versionById(id)?.title} />
            </Suspense>
          </PartBoundary>
        ) : null}
        {enh ? (
          <enh.NotesTop left={left.id} right={right.id} setView={setView} />
        ) : waitingForImports ? null : (
          enhancementsFailure
        )}
        <main id="main" tabIndex={-1}>
          {waiting ? (
            payloadFailure ? (
              <PartFailure
                part="The notes and drafts this link carries"
                error={payloadFailure.error}
                onRetry={payloadFailure.retry}
              />
            ) : (
              (waitingForImports && enhancementsFailure) || <p role="status">Opening the link…</p>
            )
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
              <PartBoundary part="The comparison" resetKeys={[result.comparison]}>
                <CompareView
                  comparison={result.comparison}
                  mode={state.mode}
                  hideUnchanged={state.hideUnchanged}
                  topic={state.topic}
                  focus={state.focus}
                  firstScreenFirst
                  {...(pointExtras ? { pointExtras } : {})}
                  {...(enh
                    ? {
                        describe: (row: Row) =>
                          enh.describeRow(row, left, right, data.sources, result.comparison.via),
                      }
                    : {})}
                  rowsRef={rowsRef}
                />
              </PartBoundary>
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
            <PartFailure
              part="The comparison"
              error={result.cause}
              message={result.message}
              onRetry={result.retry}
            />
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
  );
}
