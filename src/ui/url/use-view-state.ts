/**
 * The URL owns the view (issue #5): this hook reads it with `useSyncExternalStore` over
 * `location.search` and writes it back with pushState (navigations) or replaceState (small
 * changes), as `historyModeFor` decides. Nothing about the view is mirrored in the store.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { decodeView, encodeView, type DecodedView, type KnownVersions } from '../../core/url/codec';
import { historyModeFor, type HistoryMode, type ViewState } from '../../core/url/view-state';

const VIEW_EVENT = 'peace-plan-diff:view';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export interface ViewStateApi extends DecodedView {
  /** Change part of the view; versions and panels push a history entry, the rest replace. */
  setView: (patch: Partial<ViewState>, options?: { history?: HistoryMode }) => void;
}

export function useViewState(known: KnownVersions): ViewStateApi {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  // Decoding is pure; memoising on the search string keeps the snapshot referentially stable.
  const decoded = useMemo(() => decodeView(search, known), [search, known]);

  const setView = useCallback(
    (patch: Partial<ViewState>, options?: { history?: HistoryMode }) => {
      const current = decodeView(window.location.search, known);
      const next: ViewState = { ...current.state, ...patch };
      const mode = options?.history ?? historyModeFor(current.state, next);
      // What the link carries (drafts, shared notes) stays with it while the reader looks around.
      const url = `${window.location.pathname}${encodeView(next, current.shared)}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new Event(VIEW_EVENT));
    },
    [known],
  );

  return { ...decoded, setView };
}
