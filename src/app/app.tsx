import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { CompareContext } from '../core/compare/compare';
import type { Version } from '../core/model/types';
import { bundled } from '../data/bundled';
import { CompareFilters } from '../ui/compare-filters';
import { CompareView } from '../ui/compare-view';
import { DataContext } from '../ui/data-context';
import { useImportedVersions } from '../store/hooks';
import { useViewerDataValue } from './viewer-data';
import { useComparison } from '../ui/use-comparison';
import { RowList, type VirtualRowsHandle } from '../ui/virtual-rows';
import { VersionPicker } from '../ui/version-picker';
import { useViewState } from '../ui/url/use-view-state';
import { noticeText } from '../core/url/notices';
import { defaultPair } from './default-pair';
import { LineageView } from '../features/lineage/lineage-view';
import { openPanel } from '../features/lineage/open-panel';
import { PanelTabs } from '../features/lineage/panel-tabs';

const NO_VERSIONS: readonly Version[] = [];
import { ChangeTools } from '../features/a11y/change-tools';
import { ExportButtons } from '../features/export/export-buttons';
import { LazyPrintFootnotes, LazyPrintHeader } from '../features/export/lazy-print';
import { focusPointWhenShown, jumpPatch } from '../features/notes/jump';
import { NotesBanners } from '../features/notes/notes-banners';
import { NotesDock } from '../features/notes/notes-dock';
import { NotesNotInThisDraft } from '../features/notes/notes-not-in-draft';
import { useNotePointExtras } from '../features/notes/point-extras';

const COMPARE_CONTEXT: CompareContext = { correspondences: bundled.correspondences };
const ImportPanel = lazy(() => import('../features/import/import-panel'));

export function App() {
  const imported = useImportedVersions();
  const [importOpen, setImportOpen] = useState(false);
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
      draftOf: (id: string) => (knownData.isImported(id) ? knownData.versionById(id) : undefined),
    }),
    [knownData],
  );
  const { state, shared, notices, setView } = useViewState(known);
  const data = useViewerDataValue(imported, shared.drafts);
  const left = data.versionById(state.left)!;
  const right = data.versionById(state.right)!;
  const result = useComparison(left, right, COMPARE_CONTEXT);
  const pointExtras = useNotePointExtras(left, right);
  const rowsRef = useRef<VirtualRowsHandle>(null);

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
          <div className="toolbar-group">
            <button type="button" className="secondary" aria-expanded={importOpen} onClick={() => setImportOpen((o) => !o)}>
              Import draft
            </button>
          </div>
        </nav>
        <PanelTabs current={state.panel.kind} onSelect={(kind) => setView({ panel: openPanel(kind, state, data.versions) })} />
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
        {notices.length ? (
          <ul className="notices" aria-label="About this link" role="status">
            {notices.map((n, i) => (
              <li key={i}>{noticeText(n, (id) => data.versionById(id)?.title)}</li>
            ))}
          </ul>
        ) : null}
        <NotesBanners />
        <NotesDock
          onJump={(note) => {
            setView(jumpPatch(note, left.id, right.id));
            focusPointWhenShown(note.version, note.label);
          }}
        />
        <main id="main" tabIndex={-1}>
          {state.panel.kind !== 'compare' ? (
            <LineageView state={state} setView={setView} />
          ) : result.status === 'ready' ? (
            <>
            <LazyPrintHeader comparison={result.comparison} />
            <ChangeTools
              comparison={result.comparison}
              hideUnchanged={state.hideUnchanged}
              topic={state.topic}
              reveal={(row) => rowsRef.current?.scrollToRowKey(row.key, { block: 'center', focus: true }) ?? false}
            >
              <ExportButtons comparison={result.comparison} />
            </ChangeTools>
            <CompareView
              comparison={result.comparison}
              mode={state.mode}
              hideUnchanged={state.hideUnchanged}
              topic={state.topic}
              focus={state.focus}
              pointExtras={pointExtras}
              renderRows={(rows, renderRow) => (
                <RowList
                  rows={rows}
                  renderRow={renderRow}
                  label={`Comparison of ${left.title} and ${right.title}`}
                  focus={state.focus}
                  ref={rowsRef}
                />
              )}
            />
            <NotesNotInThisDraft comparison={result.comparison} />
            <LazyPrintFootnotes comparison={result.comparison} hideUnchanged={state.hideUnchanged} topic={state.topic} />
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
            Point texts are the project&apos;s own paraphrases of leaked and reported drafts; figures are kept exactly
            as reported. Every point names its sources. Nothing that no outlet reported is shown as known.
          </p>
        </footer>
      </div>
    </DataContext.Provider>
  );
}
