/**
 * The one deletion the undo message is about: the last note the reader deleted in this tab. A tiny
 * external store (no state library: only src/store may import zustand), read with
 * `useSyncExternalStore`. The store's undo stack stays the source of truth for what can be undone.
 */
import { useSyncExternalStore } from 'react';

export type DeletionStatus =
  | { kind: 'deleted'; token: string; version: string; label: string }
  | { kind: 'restored'; version: string; label: string }
  | null;

let status: DeletionStatus = null;
const listeners = new Set<() => void>();

export function setDeletionStatus(next: DeletionStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeletionStatus(): DeletionStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => null,
  );
}
