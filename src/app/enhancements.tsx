/**
 * Everything that is not needed to paint the first comparison: the reader's notes and imported
 * drafts (the persisted store, with its schemas), sharing, exports, the account in words and print
 * parts. The shell (app.tsx) loads this module once the first view is shown (use-enhancements.ts),
 * so the first view ships only React, the data and the comparison core (issue #2 budget: ≤ 110 KB
 * gzip).
 */
import '../core/url/payload';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { rowKeysWith } from '../core/compare/fold';
import { exportNotesJson, notesFileName } from '../core/notes/notes-file';
import type { KnownVersions } from '../core/url/codec';
import { checkSharedLink } from '../core/url/link-check';
import type { LinkOptions, SharedLink } from '../ui/url/use-view-state';
import { defaultPair } from '../core/model/default-pair';
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
import { useAllNotes, useDecisions, useImportedVersions } from '../store/hooks';
import { MatchControls } from '../features/matches/match-controls';
import type { MatchDecision } from '../core/compare/decisions';
import { versionOfPoint } from '../core/compare/decisions';
import { useDataStore, useViewerData } from '../ui/data-context';
import { downloadText } from '../ui/download';
import { PartBoundary, PartFailure } from '../ui/part-boundary';

export { describeRow } from '../core/narrative/narrative';

/**
 * What someone who opens a shared link has before it opens: the bundled versions and sources, none
 * of the reader's imports. Links are checked against it before they are offered. The points and
 * sources known here are those loaded so far, which include the pair in view: the only versions a
 * link's notes and drafts refer to.
 */
function useRecipient(): KnownVersions {
  const store = useDataStore();
  const data = useViewerData();
  return useMemo(() => {
    const bundledVersion = (id: string) =>
      data.provenance(id) === 'bundled' ? data.versionById(id) : undefined;
    return {
      versionIds: new Set(store.index.map((e) => e.id)),
      labelsOf: (id) => {
        const v = bundledVersion(id);
        return v ? new Set(v.points.map((p) => p.label)) : undefined;
      },
      defaults: defaultPair(store.index),
      hasSource: (id) => {
        const source = data.source(id);
        return source !== undefined && source.givenBy === undefined;
      },
    };
  }, [store, data]);
}

/**
 * Hands the reader's imported drafts to the shell (which owns the version list), and their
 * decisions on possible matches (which the shell applies to the comparison).
 */
export function StoreBridge({
  onImported,
  onDecisions,
}: {
  onImported: (versions: Version[]) => void;
  onDecisions?: (decisions: Readonly<Record<string, MatchDecision>>) => void;
}) {
  return (
    <PartBoundary part="Your imported drafts">
      <ImportedToShell onImported={onImported} />
      {onDecisions ? <DecisionsToShell onDecisions={onDecisions} /> : null}
    </PartBoundary>
  );
}

function DecisionsToShell({
  onDecisions,
}: {
  onDecisions: (decisions: Readonly<Record<string, MatchDecision>>) => void;
}) {
  const decisions = useDecisions();
  useEffect(() => onDecisions(decisions), [decisions, onDecisions]);
  return null;
}

/** Confirm / Reject under a possible match, Undo under the reader's decision. */
export function MatchExtras(props: { row: Row; left: Version; right: Version }): ReactNode {
  return (
    <PartBoundary part="Your decision on this possible match">
      <MatchControls {...props} />
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
  linkFor: (options?: LinkOptions) => SharedLink;
}) {
  const { sources } = useViewerData();
  const recipient = useRecipient();
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
  // The reader's decisions on possible matches between the two versions travel with the link.
  const shown = new Set([left.id, right.id]);
  const decisions = Object.values(useDecisions()).filter(
    (d) => shown.has(versionOfPoint(d.a[0] ?? '')) && shown.has(versionOfPoint(d.b[0] ?? '')),
  );
  const linkWithDecisions = (options?: LinkOptions) => linkFor({ ...options, decisions });
  return (
    <>
      <PartBoundary part="Sharing" resetKeys={[comparison]}>
        <ShareControls
          linkFor={linkWithDecisions}
          checkLink={(url) => checkSharedLink(new URL(url).search, recipient)}
          notes={notes}
          onDownloadFile={(file) => downloadText(file.text, file.fileName, 'application/json')}
          onDownloadNotes={() =>
            downloadText(exportNotesJson(ownNotes), notesFileName(new Date()), 'application/json')
          }
          onDownloadComparison={downloadComparison}
        />
      </PartBoundary>
      <PartBoundary part="The Export menu" resetKeys={[comparison]}>
        <ExportMenu comparison={comparison} />
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
      <PartBoundary part="Notes not in this draft" resetKeys={[comparison]}>
        <NotesNotInThisDraft comparison={comparison} />
      </PartBoundary>
      <LazyPrintFootnotes
        comparison={comparison}
        hideUnchanged={view.hideUnchanged}
        topic={view.topic}
        statuses={view.statuses}
      />
    </>
  );
}
