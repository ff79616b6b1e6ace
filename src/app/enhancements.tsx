/**
 * Everything that is not needed to paint the first comparison: the reader's notes and imported
 * drafts (the persisted store, with its schemas), sharing, the change bar, exports and print
 * parts. The shell (app.tsx) loads this module right after its first render, so the first view
 * ships only React, the data and the comparison core (issue #2 budget: ≤ 110 KB gzip).
 */
import '../core/url/payload';
import { exportNotesJson, notesFileName } from '../core/notes/notes-file';
import type { KnownVersions } from '../core/url/codec';
import { checkSharedLink } from '../core/url/link-check';
import { bundled } from '../data/bundled';
import type { SharedLink } from '../ui/url/use-view-state';
import { defaultPair } from './default-pair';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { Comparison, Row } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import type { Topic } from '../core/model/topics';
import type { SharedNote, ViewState } from '../core/url/view-state';
import { ChangeTools } from '../features/a11y/change-tools';
import { ExportButtons } from '../features/export/export-buttons';
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
import { PartBoundary, PartFailure } from '../ui/part-boundary';
import type { VirtualRowsHandle } from '../ui/row-list';

export { describeRow } from '../core/narrative/narrative';

/**
 * What someone who opens a shared link has before it opens: the bundled versions and sources, none
 * of the reader's imports. Links are checked against it before they are offered.
 */
const RECIPIENT: KnownVersions = (() => {
  const labels = new Map(
    bundled.versions.map((v) => [v.id, new Set(v.points.map((p) => p.label))]),
  );
  return {
    versionIds: new Set(labels.keys()),
    labelsOf: (id) => labels.get(id),
    defaults: defaultPair(bundled.versions),
    hasSource: (id) => bundled.sources.has(id),
  };
})();

/** Hands the reader's imported drafts to the shell (which owns the version list). */
export function StoreBridge({ onImported }: { onImported: (versions: Version[]) => void }) {
  return (
    <PartBoundary part="Your imported drafts">
      <ImportedToShell onImported={onImported} />
    </PartBoundary>
  );
}

function ImportedToShell({ onImported }: { onImported: (versions: Version[]) => void }) {
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

/**
 * Under every point: the reader's notes (following the point across versions) and notes shared by
 * the link. Each point has its own boundary: a failure there leaves every other point's editor open.
 */
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
    <PartBoundary part={`Notes on point ${point.label}`}>
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
    </PartBoundary>
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
      <PartBoundary part="The messages about your saved notes">
        <NotesBanners />
      </PartBoundary>
      <PartBoundary part="Your notes">
        <NotesDock
          onJump={(note) => {
            setView(jumpPatch(note, left, right));
            focusPointWhenShown(note.version, note.label);
          }}
        />
      </PartBoundary>
    </>
  );
}

/** The bar above the rows: change navigation and its account, exports, and "Copy link". */
export function BeforeRows({
  comparison,
  hideUnchanged,
  topic,
  rowsRef,
  linkFor,
}: {
  comparison: Comparison;
  hideUnchanged: boolean;
  topic: Topic | null;
  rowsRef: RefObject<VirtualRowsHandle | null>;
  linkFor: (options?: { notes?: readonly SharedNote[] }) => SharedLink;
}) {
  const { sources } = useViewerData();
  const [downloadFailure, setDownloadFailure] = useState<{ error: unknown } | null>(null);
  const downloadComparison = () => {
    setDownloadFailure(null);
    buildExport('md', comparison, sources).then(
      (f) => downloadText(f.text, f.fileName, f.type),
      (error: unknown) => setDownloadFailure({ error }),
    );
  };
  const { left, right } = comparison;
  const ownNotes = useAllNotes().filter((n) => n.version === left.id || n.version === right.id);
  const notes = ownNotes.map((n): SharedNote => ({
    version: n.version,
    label: n.label,
    text: n.text,
    createdAt: n.createdAt,
  }));
  return (
    <>
      <LazyPrintHeader comparison={comparison} />
      <PartBoundary part="The change summary, navigation and downloads" resetKeys={[comparison]}>
        <ChangeTools
          comparison={comparison}
          hideUnchanged={hideUnchanged}
          topic={topic}
          reveal={(row) =>
            rowsRef.current?.scrollToRowKey(row.key, { block: 'center', focus: true }) ?? false
          }
        >
          <ExportButtons comparison={comparison} />
        </ChangeTools>
      </PartBoundary>
      <PartBoundary part="Sharing" resetKeys={[comparison]}>
        <ShareControls
          linkFor={linkFor}
          checkLink={(url) => checkSharedLink(new URL(url).search, RECIPIENT)}
          notes={notes}
          onDownloadFile={(file) => downloadText(file.text, file.fileName, 'application/json')}
          onDownloadNotes={() =>
            downloadText(exportNotesJson(ownNotes), notesFileName(new Date()), 'application/json')
          }
          onDownloadComparison={downloadComparison}
        />
      </PartBoundary>
      {downloadFailure ? (
        <PartFailure
          part="The download of the comparison"
          error={downloadFailure.error}
          onRetry={downloadComparison}
        />
      ) : null}
    </>
  );
}

/** After the rows: notes whose point is not in this draft, and the printed source list. */
export function AfterRows({
  comparison,
  hideUnchanged,
  topic,
}: {
  comparison: Comparison;
  hideUnchanged: boolean;
  topic: Topic | null;
}) {
  return (
    <>
      <PartBoundary part="Notes not in this draft" resetKeys={[comparison]}>
        <NotesNotInThisDraft comparison={comparison} />
      </PartBoundary>
      <LazyPrintFootnotes comparison={comparison} hideUnchanged={hideUnchanged} topic={topic} />
    </>
  );
}
