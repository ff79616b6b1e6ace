/**
 * Everything that is not needed to paint the first comparison: the reader's notes and imported
 * drafts (the persisted store, with its schemas), sharing, exports, the account in words and print
 * parts. The shell (app.tsx) loads this module right after its first render, so the first view
 * ships only React, the data and the comparison core (issue #2 budget: ≤ 110 KB gzip).
 */
import '../core/url/payload';
import { useEffect, useMemo, type ReactNode } from 'react';
import { rowKeysWith } from '../core/compare/fold';
import type { Comparison, Row } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import type { SharedNote, ViewState } from '../core/url/view-state';
import { ChangeTools } from '../features/a11y/change-tools';
import { ExportMenu } from '../features/export/export-menu';
import { buildExport } from '../features/export/exports';
import { LazyPrintFootnotes, LazyPrintHeader } from '../features/export/lazy-print';
import { focusPointWhenShown, jumpPatch } from '../features/notes/jump';
import { NotesBanners } from '../features/notes/notes-banners';
import { NotesDock } from '../features/notes/notes-dock';
import { NotesNotInThisDraft } from '../features/notes/notes-not-in-draft';
import { counterpartsOf } from '../features/notes/placement';
import { PointNotes } from '../features/notes/point-notes';
import { ShareControls } from '../features/share/share-controls';
import { SharedNotesLayer } from '../features/share/shared-notes-layer';
import { appStore } from '../store/app-store';
import { useAllNotes, useImportedVersions } from '../store/hooks';
import { useViewerData } from '../ui/data-context';
import { downloadText } from '../ui/download';

export { describeRow } from '../core/narrative/narrative';

/** Hands the reader's imported drafts to the shell (which owns the version list). */
export function StoreBridge({ onImported }: { onImported: (versions: Version[]) => void }) {
  const imported = useImportedVersions();
  useEffect(() => onImported(imported), [imported, onImported]);
  return null;
}

function saveSharedNote(note: SharedNote, point: Point): string {
  const saved = appStore
    .getState()
    .saveNote({ version: note.version, label: note.label, text: note.text, pointText: point.text });
  return saved.ok ? 'Saved to your notes.' : saved.message;
}

/** Under every point: the reader's notes (following the point across versions) and notes shared by the link. */
export function PointExtras(props: {
  version: Version;
  point: Point;
  row: Row;
  left: Version;
  right: Version;
  sharedNotes: readonly SharedNote[];
}): ReactNode {
  const { version, point, row, left, right, sharedNotes } = props;
  return (
    <>
      <PointNotes
        version={version}
        point={point}
        counterpart={counterpartsOf(row, point, left, right)}
      />
      <SharedNotesLayer
        version={version}
        point={point}
        notes={sharedNotes}
        onSave={saveSharedNote}
      />
    </>
  );
}

/** Banners about stored data and the "Your notes" panel. */
export function NotesTop({
  left,
  right,
  setView,
}: {
  left: string;
  right: string;
  setView: (patch: Partial<ViewState>) => void;
}) {
  return (
    <>
      <NotesBanners />
      <NotesDock
        onJump={(note) => {
          setView(jumpPatch(note, left, right));
          focusPointWhenShown(note.version, note.label);
        }}
      />
    </>
  );
}

/** Reports the rows holding the reader's notes on the two versions: those are never folded away. */
export function NotedRows({
  comparison,
  onChange,
}: {
  comparison: Comparison;
  onChange: (keys: ReadonlySet<string>) => void;
}) {
  const notes = useAllNotes();
  const keys = useMemo(() => rowKeysWith(comparison, notes), [comparison, notes]);
  useEffect(() => onChange(keys), [keys, onChange]);
  return null;
}

/** In the bar: "Copy link" (with or without my notes) and the Export menu. */
export function BarActions({
  comparison,
  linkFor,
}: {
  comparison: Comparison;
  linkFor: (options?: { notes?: readonly SharedNote[] }) => string;
}) {
  const { sources } = useViewerData();
  const { left, right } = comparison;
  const notes = useAllNotes()
    .filter((n) => n.version === left.id || n.version === right.id)
    .map((n): SharedNote => ({
      version: n.version,
      label: n.label,
      text: n.text,
      createdAt: n.createdAt,
    }));
  return (
    <>
      <ShareControls
        linkFor={linkFor}
        notes={notes}
        onDownloadComparison={() =>
          void buildExport('md', comparison, sources).then((f) =>
            downloadText(f.text, f.fileName, f.type),
          )
        }
      />
      <ExportMenu comparison={comparison} />
    </>
  );
}

/** Print only: which two versions, when printed, the permalink (the bar is not printed). */
export function PrintTop({ comparison }: { comparison: Comparison }) {
  return <LazyPrintHeader comparison={comparison} />;
}

/** Under the digest: the comparison in words ("Describe changes") and the counts said on entry. */
export function AfterDigest({
  comparison,
  view,
  reveal,
}: {
  comparison: Comparison;
  view: ViewState;
  reveal: (row: Row) => boolean;
}) {
  return <ChangeTools comparison={comparison} view={view} reveal={reveal} />;
}

/** After the rows: notes whose point is not in this draft, and the printed source list. */
export function AfterRows({ comparison, view }: { comparison: Comparison; view: ViewState }) {
  return (
    <>
      <NotesNotInThisDraft comparison={comparison} />
      <LazyPrintFootnotes
        comparison={comparison}
        hideUnchanged={view.hideUnchanged}
        topic={view.topic}
        statuses={view.statuses}
      />
    </>
  );
}
