import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
} from 'react';
import { filterRows, rowFocus, rowWithPoint } from '../core/compare/filter';
import { foldedCount, type Entry } from '../core/compare/fold';
import { summarize, type Comparison, type Row } from '../core/compare/rows';
import type { Point, Version } from '../core/model/types';
import type { ViewState } from '../core/url/view-state';
import { ChangeMap } from './change-map';
import { CompareBar } from './compare-bar';
import { Digest } from './digest';
import { FoldLine } from './fold-line';
import KeysDialog from './nav/keys-dialog';
import { useChangeStepping } from './nav/use-change-stepping';
import { RowList, type RowListHandle } from './row-list';
import { RowView, rowTitle, type ListItemProps } from './row-view';
import { Legend, SummaryBar } from './summary-bar';
import { Toast, useToast } from './toast';
import { useFolds } from './use-folds';
import { VersionHeader } from './version-header';

export type CompareViewState = Pick<
  ViewState,
  'mode' | 'hideUnchanged' | 'topic' | 'statuses' | 'focus'
>;

export interface CompareViewProps {
  comparison: Comparison;
  view: CompareViewState;
  setView: (patch: Partial<ViewState>) => void;
  /** The address of the view focused on a row (the "#" anchors and the digest's links). */
  rowHref?: (row: Row) => string;
  /** The full link to share for a row (carries imported drafts); "#" copies it. */
  rowLink?: (row: Row) => string;
  pointExtras?: (version: Version, point: Point, row: Row) => ReactNode;
  describe?: (row: Row) => string;
  /** Copy link and the Export menu (loaded after the first paint). */
  barActions?: ReactNode;
  /** Under the digest: "Describe changes" (loaded after the first paint). */
  afterDigest?: ReactNode;
  /** Rows never folded: those with the reader's notes or notes the link carries. */
  keep?: ReadonlySet<string>;
  /** `scrollToRowKey` of the list, and `reveal` (opens a row's fold first). */
  rowsRef?: Ref<CompareViewHandle>;
  /** Confirm / Reject for possible matches, Undo for decisions (RowView's `matchControls`). */
  matchControls?: (row: Row) => ReactNode;
  /** The rows on the first screen first, the rest after (the page's first load, issue #14). */
  firstScreenFirst?: boolean;
}

export interface CompareViewHandle extends RowListHandle {
  /** Bring a row into view and focus it, opening its fold if it is folded. */
  reveal(row: Row): boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The comparison, answer first: the bar that stays on screen, the digest of what changed, the two
 * versions' provenance, then the rows with quiet runs folded, and a map of where the changes are.
 */
export function CompareView({
  comparison,
  view,
  setView,
  rowHref,
  rowLink,
  pointExtras,
  describe,
  barActions,
  afterDigest,
  keep,
  rowsRef,
  matchControls,
  firstScreenFirst,
}: CompareViewProps) {
  const { left, right, rows, notices, via } = comparison;
  const { mode, hideUnchanged, topic, statuses, focus } = view;
  const topicRows = useMemo(() => filterRows(rows, { hideUnchanged: false, topic }), [rows, topic]);
  const visible = useMemo(
    () => filterRows(rows, { hideUnchanged, topic, statuses }),
    [rows, hideUnchanged, topic, statuses],
  );
  // One count for the bar, the summary line and the digest: the rows the topic filter shows.
  const topicSummary = useMemo(() => summarize(topicRows), [topicRows]);
  const focusRow = focus ? rowWithPoint(rows, focus.side, focus.label) : undefined;

  const { entries, entryOf, openFold, toggleFold, unfoldAll, setUnfoldAll } = useFolds(visible, {
    pair: `${left.id}|${right.id}`,
    keep,
    focusKey: focusRow?.key,
  });

  const list = useRef<RowListHandle>(null);
  const pendingReveal = useRef<string | null>(null);
  const reveal = useCallback(
    (row: Row) => {
      const entry = entryOf.get(row.key);
      if (entry === undefined) return false;
      if (entry !== row.key) {
        pendingReveal.current = row.key;
        openFold(entry);
        return true;
      }
      return list.current?.scrollToRowKey(row.key, { block: 'center', focus: true }) ?? false;
    },
    [entryOf, openFold],
  );
  useEffect(() => {
    const key = pendingReveal.current;
    if (key && entryOf.get(key) === key) {
      pendingReveal.current = null;
      list.current?.scrollToRowKey(key, { block: 'center', focus: true });
    }
  }, [entryOf]);
  useImperativeHandle(
    rowsRef,
    () => ({
      reveal,
      scrollToRowKey: (key, options) => list.current?.scrollToRowKey(key, options) ?? false,
    }),
    [reveal],
  );

  // Stepping through the changes: the keys work from the first paint.
  const {
    navigation: nav,
    regionRef,
    current,
    setCurrentKey,
    keysOpen,
    setKeysOpen,
  } = useChangeStepping(visible, {
    reveal,
    setView,
    describe,
    initialKey: focusRow?.key,
  });

  const [toast, showToast] = useToast();
  const onAnchor = useCallback(
    (row: Row) => {
      setView({ focus: rowFocus(row) });
      setCurrentKey(row.key);
      const url = rowLink?.(row) ?? new URL(rowHref?.(row) ?? '', window.location.href).href;
      void copyText(url).then((ok) =>
        showToast(
          ok
            ? `Link to point ${rowTitle(row)} copied.`
            : `Copying was not allowed: the address bar now opens point ${rowTitle(row)}.`,
        ),
      );
    },
    [rowHref, rowLink, setCurrentKey, setView, showToast],
  );

  const focusedKey = focusRow?.key;
  const extras = pointExtras !== undefined || describe !== undefined || matchControls !== undefined;
  const renderEntry = (entry: Entry, item: ListItemProps, withExtras: boolean) =>
    entry.kind !== 'row' ? (
      <FoldLine key={entry.key} entry={entry} onToggle={toggleFold} item={item} />
    ) : (
      <RowView
        key={entry.key}
        row={entry.row}
        left={left}
        right={right}
        mode={mode}
        focused={entry.key === focusedKey}
        item={item}
        {...(via ? { via } : {})}
        {...(rowHref ? { href: rowHref(entry.row), onAnchor } : {})}
        {...(pointExtras && withExtras ? { pointExtras } : {})}
        {...(describe && withExtras ? { describe } : {})}
        {...(matchControls && withExtras ? { matchControls } : {})}
      />
    );

  const folded = foldedCount(entries);
  return (
    <div className="compare" data-mode={mode}>
      <CompareBar
        left={left}
        right={right}
        counts={topicSummary.counts}
        statuses={statuses}
        onStatuses={(s) => setView({ statuses: s })}
        current={current}
        total={nav.changed.length}
        onPrevious={nav.previous}
        onNext={nav.next}
        onKeys={() => setKeysOpen(true)}
        actions={barActions}
        map={
          <ChangeMap
            rows={visible}
            entryKeyOf={(r) => entryOf.get(r.key) ?? r.key}
            onPick={(r) => void reveal(r)}
          />
        }
      />
      <Digest
        left={left}
        right={right}
        rows={topicRows}
        notices={notices}
        rowHref={rowHref}
        onShow={reveal}
      />
      <SummaryBar summary={topicSummary} />
      <div className="version-headers">
        <VersionHeader version={left} side="left" />
        <VersionHeader version={right} side="right" />
      </div>
      <div className="row-count">
        <p aria-live="polite">
          Showing {visible.length} of {rows.length} rows
          {hideUnchanged ? ' (unchanged and unknown hidden)' : ''}
          {topic ? ' on this topic' : ''}
          {statuses.length ? ' with the chosen statuses' : ''}
          {folded ? `; ${folded} folded` : ''}.
        </p>
        {afterDigest}
        <Legend />
        {folded || unfoldAll ? (
          <button
            type="button"
            className="link-button no-print"
            aria-pressed={unfoldAll}
            onClick={() => setUnfoldAll(!unfoldAll)}
          >
            {unfoldAll ? 'Fold quiet runs' : 'Show every row'}
          </button>
        ) : null}
      </div>
      {visible.length === 0 ? (
        <p className="empty">No rows match these options.</p>
      ) : (
        <RowList
          ref={list}
          entries={entries}
          renderEntry={renderEntry}
          label={`Comparison of ${left.title} and ${right.title}`}
          focusKey={focusedKey}
          firstScreenFirst={firstScreenFirst ?? false}
          extras={extras}
        />
      )}
      <p
        ref={regionRef}
        className="sr-only nav-status"
        aria-label="Moving between changes"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      />
      <Toast text={toast} />
      {keysOpen ? <KeysDialog onClose={() => setKeysOpen(false)} /> : null}
    </div>
  );
}
