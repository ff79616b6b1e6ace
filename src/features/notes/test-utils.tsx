/** Shared by the notes component tests: the bundled data in context, and a clean store per test. */
import { render } from '@testing-library/react';
import { useMemo, type ReactNode } from 'react';
import { compareVersions } from '../../core/compare/compare';
import type { Version } from '../../core/model/types';
import { bundled } from '../../data/bundled';
import { appStore } from '../../store/app-store';
import { CompareView, type CompareViewState } from '../../ui/compare-view';
import { DataContext, type ViewerData } from '../../ui/data-context';
import { bundledViewerData } from '../../data/bundled-viewer-data';
import { NotesBanners } from './notes-banners';
import { NotesNotInThisDraft } from './notes-not-in-draft';
import { useNotePointExtras } from './point-extras';

export const viewerData: ViewerData = bundledViewerData();

export function version(id: string): Version {
  const v = viewerData.versionById(id);
  if (!v) throw new Error(`no version ${id}`);
  return v;
}

export function resetStore(): void {
  localStorage.clear();
  appStore.setState({
    notes: {},
    noteTombstones: {},
    imports: {},
    importTombstones: {},
    recoveries: [],
    storageError: null,
    undoStack: [],
  });
}

export function renderWithData(ui: ReactNode) {
  return render(<DataContext.Provider value={viewerData}>{ui}</DataContext.Provider>);
}

const VIEW: CompareViewState = {
  mode: 'side-by-side',
  hideUnchanged: false,
  topic: null,
  statuses: [],
  focus: null,
};

function Comparison({ left, right }: { left: Version; right: Version }) {
  const extras = useNotePointExtras(left, right);
  const comparison = useMemo(() => compareVersions(left, right, bundled), [left, right]);
  // Every point in view: the app folds quiet rows (unless they hold notes); these tests note any.
  const keep = useMemo(() => new Set(comparison.rows.map((r) => r.key)), [comparison]);
  return (
    <>
      <NotesBanners />
      <CompareView
        comparison={comparison}
        view={VIEW}
        setView={() => {}}
        pointExtras={extras}
        keep={keep}
      />
      <NotesNotInThisDraft comparison={comparison} />
    </>
  );
}

/** The comparison of two bundled versions with notes under every point, as the app shows it. */
export function renderComparison(left: string, right: string) {
  return renderWithData(<Comparison left={version(left)} right={version(right)} />);
}

/** A note straight into the store (as if saved earlier or by another tab). */
export function seedNote(
  id: string,
  versionId: string,
  label: string,
  text: string,
  pointText?: string,
): void {
  const point = version(versionId).points.find((p) => p.label === label);
  const at = '2025-11-25T10:00:00.000Z';
  const note = {
    id,
    version: versionId,
    label,
    text,
    pointText: pointText ?? point?.text ?? '',
    createdAt: at,
    updatedAt: at,
  };
  appStore.setState((s) => ({ notes: { ...s.notes, [id]: note } }));
}
