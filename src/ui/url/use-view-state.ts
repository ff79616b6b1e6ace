/**
 * The address bar as the one owner of the view (style brief §3.4): components read the view from
 * `location.search` through `useSyncExternalStore` and change it with `setView`, which writes the
 * URL (push for navigations, replace for adjustments: `historyModeFor`). Back and forward arrive
 * as `popstate`; reloading re-reads the same URL. Nothing here is copied into the store.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { payloadSupport } from '../../core/url/payload-support';
import { decodeView, encodeView, type DecodedView, type KnownVersions } from '../../core/url/codec';
import type { Notice } from '../../core/url/notices';
import {
  historyModeFor,
  referencedVersions,
  type Focus,
  type HistoryMode,
  type Shared,
  type SharedDraft,
  type SharedNote,
  type ViewState,
} from '../../core/url/view-state';
import { importWithRetry } from '../lazy-import';

// ---------------------------------------------------------------------------------------------
// The external store: location.search

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** A string: equal URLs are equal snapshots, so React never sees a spurious change. */
const getSnapshot = () => window.location.search;
const getServerSnapshot = () => '';

/** Write a query string to the address bar and tell every `useViewState` reader. */
export function writeSearch(search: string, mode: HistoryMode): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  for (const listener of [...listeners]) listener();
}

// ---------------------------------------------------------------------------------------------
// Decoding, cached per `known` and search string so every reader gets the same objects

const cache = new WeakMap<KnownVersions, { search: string; decoded: DecodedView }>();

function decodeCached(search: string, known: KnownVersions): DecodedView {
  const hit = cache.get(known);
  // A pending decode is redone once the payload support has arrived.
  if (hit?.search === search && !(hit.decoded.pending && payloadSupport())) return hit.decoded;
  const decoded = decodeView(search, known);
  cache.set(known, { search, decoded });
  return decoded;
}

/**
 * Drafts the address bar carries: those the link brought (kept, so reloading and forwarding the
 * link keep working) and the reader's own imports the view now refers to.
 */
function draftsToCarry(
  state: ViewState,
  decoded: DecodedView,
  known: KnownVersions,
): SharedDraft[] {
  const drafts = [...decoded.shared.drafts];
  for (const id of referencedVersions(state)) {
    if (drafts.some((d) => d.id === id)) continue;
    const own = known.draftOf?.(id);
    if (own) drafts.push(own);
  }
  return drafts;
}

export interface SetViewOptions {
  /** Overrides the policy of `historyModeFor`. */
  history?: HistoryMode;
}

export type ViewPatch = Partial<ViewState> | ((prev: ViewState) => ViewState);

export interface ViewStateApi {
  state: ViewState;
  /** Notes and drafts the link carries. Show the drafts beside the reader's own versions. */
  shared: Shared;
  /** What the link asked for and did not get; show once (`noticeText`). Gone after the next `setView`. */
  notices: Notice[];
  /** The link carries notes or drafts whose reader is still loading: show a short "opening" state. */
  pending: boolean;
  /** The code that reads the link's notes and drafts could not be loaded; `retry` tries again. */
  payloadFailure: { error: unknown; retry: () => void } | null;
  /** Versions whose points the link refers to and that are still loading (codec `awaiting`). */
  awaiting: readonly string[];
  setView(patch: ViewPatch, options?: SetViewOptions): void;
  /**
   * The full link to share: the current view, the drafts it needs and, when "Include my notes" is
   * on, `notes`. Check it (`checkSharedLink`, `isLongLink`) before offering it.
   */
  linkFor(options?: { notes?: readonly SharedNote[]; focus?: Focus | null }): SharedLink;
}

/** A link to share, with the drafts it carries (offered as files when the link is too long). */
export interface SharedLink {
  url: string;
  drafts: readonly SharedDraft[];
}

/**
 * Read and change the view in the URL.
 *
 * `known` describes the viewer's *own* versions (bundled and the reader's imports, with
 * `draftOf` returning the imports) and must be referentially stable (memoize it): decoded views
 * are cached per `known` object. Drafts carried by the link are not part of `known`; they come
 * back in `shared.drafts`.
 */
export function useViewState(known: KnownVersions): ViewStateApi {
  const search = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [, supportArrived] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const decoded = decodeCached(search, known);
  useEffect(() => {
    // Links that carry notes or drafts need lz-string and the schemas: fetched only for them.
    if (!decoded.pending) return;
    importWithRetry(() => import('../../core/url/payload')).then(
      () => supportArrived(true),
      (error: unknown) => setFailure({ error }),
    );
  }, [decoded.pending, attempt]);
  const retryPayload = useCallback(() => {
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);

  const setView = useCallback(
    (patch: ViewPatch, options?: SetViewOptions) => {
      // Read the address bar now, not the render's snapshot: two calls in one event both apply.
      const current = decodeCached(window.location.search, known);
      const prev = current.state;
      const next = typeof patch === 'function' ? patch(prev) : { ...prev, ...patch };
      // The link's own payloads stay with it (reload and forward keep working); the reader's own
      // imports are not copied into the address bar on every step (a 3,000-point import would make
      // every click re-compress a megabyte): `linkFor` adds them when a link is shared.
      const search = encodeView(next, {
        notes: current.shared.notes,
        drafts: current.shared.drafts,
      });
      writeSearch(search, options?.history ?? historyModeFor(prev, next));
    },
    [known],
  );

  const linkFor = useCallback(
    (options?: { notes?: readonly SharedNote[]; focus?: Focus | null }) => {
      const current = decodeCached(window.location.search, known);
      const state =
        options?.focus === undefined ? current.state : { ...current.state, focus: options.focus };
      const drafts = draftsToCarry(state, current, known);
      const search = encodeView(state, { notes: [...(options?.notes ?? [])], drafts });
      return { url: `${window.location.origin}${window.location.pathname}${search}`, drafts };
    },
    [known],
  );

  return {
    state: decoded.state,
    shared: decoded.shared,
    notices: decoded.notices,
    pending: decoded.pending,
    payloadFailure:
      decoded.pending && failure ? { error: failure.error, retry: retryPayload } : null,
    awaiting: decoded.awaiting,
    setView,
    linkFor,
  };
}
