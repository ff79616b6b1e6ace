/**
 * Merging two copies of the user's items (this tab's and another tab's, or the store's and an
 * imported file's) so that neither overwrites the other.
 *
 * Each item id is a last-writer-wins register with a tombstone:
 * - an item's clock is its own stamp (`updatedAt` for notes);
 * - a deletion leaves a tombstone `{ deletedAt }` under the item's id; the item's body is dropped;
 * - an undo (or an explicit re-import) of a deleted item puts the body back and sets
 *   `restoredAt` on the tombstone, so the restore is itself an event newer than the deletion,
 *   without touching the item's own stamp (undo gives back exactly the item that was deleted);
 * - an id is deleted iff its tombstone's `deletedAt` is at or after both the item's stamp and
 *   `restoredAt`: an edit made after a deletion (in a tab that had not heard of it) survives it,
 *   and a tie goes to the deletion.
 *
 * Merged registers take the newer item (ties broken by content, so the result does not depend on
 * which side is "local") and the later of each tombstone time. `mergeItems` is commutative and
 * idempotent. Deleted bodies are dropped (a deleted note's text does not linger in storage), which
 * costs strict associativity in contrived three-way cases, but tabs share one stored value: a tab
 * merges each value another tab wrote and writes back only when that changed it, so at rest every
 * tab equals the stored value. merge.test.ts simulates three tabs with random edits, deletions and
 * event timing (fast-check) and checks that they converge and that the last operation on each id
 * wins.
 *
 * Tombstones rather than a bare deleted-ids set: a set cannot tell "deleted before this edit"
 * from "deleted after it", and could never let an item come back by undo. They are small (an id
 * and two dates) and pruned after `TOMBSTONE_TTL_MS`.
 */
import { emptyRecord, own, withEntry } from './id-record';
import { timeOf } from './note';

export interface Tombstone {
  /** ISO date-time of the (latest) deletion. */
  deletedAt: string;
  /** ISO date-time of the latest undo or re-import after a deletion. */
  restoredAt?: string;
}

export type Tombstones = Record<string, Tombstone>;

/** Items by id and the tombstones of deleted ids; the shape both notes and imported drafts persist in. */
export interface ItemSet<T> {
  items: Record<string, T>;
  tombstones: Tombstones;
}

/**
 * 90 days. A tombstone only matters while some tab still holds the deleted item in memory; tabs
 * reload from storage, so a tab would have to stay open this long for a pruned deletion to be undone.
 */
export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** Whether `tombstone` deletes an item whose stamp is `stamp` (undefined: no body anywhere). */
export function isDeletedBy(tombstone: Tombstone | undefined, stamp: string | undefined): boolean {
  if (!tombstone) return false;
  const alive = Math.max(
    stamp === undefined ? -Infinity : timeOf(stamp),
    tombstone.restoredAt === undefined ? -Infinity : timeOf(tombstone.restoredAt),
  );
  return timeOf(tombstone.deletedAt) >= alive;
}

export function mergeTombstones(
  a: Tombstone | undefined,
  b: Tombstone | undefined,
): Tombstone | undefined {
  if (!a) return b;
  if (!b) return a;
  const restoredAt = laterOf(a.restoredAt, b.restoredAt);
  const merged: Tombstone = { deletedAt: laterOf(a.deletedAt, b.deletedAt) ?? a.deletedAt };
  if (restoredAt !== undefined) merged.restoredAt = restoredAt;
  return merged;
}

function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const d = timeOf(a) - timeOf(b);
  if (d !== 0) return d > 0 ? a : b;
  return a >= b ? a : b;
}

/**
 * The newer of two versions of one item; equal stamps are broken by the serialised content so the
 * choice is the same on both sides of a merge.
 */
export function newerItem<T>(
  a: T | undefined,
  b: T | undefined,
  stampOf: (item: T) => string,
): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const d = timeOf(stampOf(a)) - timeOf(stampOf(b));
  if (d !== 0) return d > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Merge two item sets (see the module comment). Keys of the result are sorted, for stable output. */
export function mergeItems<T>(
  a: ItemSet<T>,
  b: ItemSet<T>,
  stampOf: (item: T) => string,
): ItemSet<T> {
  const ids = [...new Set([...Object.keys(a.items), ...Object.keys(b.items)])].sort();
  const tombIds = [...new Set([...Object.keys(a.tombstones), ...Object.keys(b.tombstones)])].sort();
  const tombstones: Tombstones = emptyRecord();
  for (const id of tombIds) {
    const t = mergeTombstones(own(a.tombstones, id), own(b.tombstones, id));
    if (t) tombstones[id] = t;
  }
  const items = emptyRecord<T>();
  for (const id of ids) {
    const item = newerItem(own(a.items, id), own(b.items, id), stampOf);
    if (item !== undefined && !isDeletedBy(own(tombstones, id), stampOf(item))) items[id] = item;
  }
  return { items, tombstones };
}

/** Drop tombstones whose last event is older than `ttlMs` before `now`. */
export function pruneTombstones(
  tombstones: Tombstones,
  now: Date,
  ttlMs = TOMBSTONE_TTL_MS,
): Tombstones {
  const cutoff = now.getTime() - ttlMs;
  const kept: Tombstones = emptyRecord();
  for (const id of Object.keys(tombstones).sort()) {
    const t = own(tombstones, id);
    if (!t) continue;
    const last = Math.max(
      timeOf(t.deletedAt),
      t.restoredAt === undefined ? -Infinity : timeOf(t.restoredAt),
    );
    if (last >= cutoff) kept[id] = t;
  }
  return kept;
}

/** A tombstone for deleting an item now (keeps an earlier `restoredAt`, which the deletion outdates). */
export function deletionTombstone(previous: Tombstone | undefined, now: Date): Tombstone {
  const deletedAt = now.toISOString();
  return previous?.restoredAt === undefined
    ? { deletedAt }
    : { deletedAt, restoredAt: previous.restoredAt };
}

/**
 * A tombstone marking a restore now. The restore must be strictly later than the deletion, even when
 * the clock has not moved (an undo within the same millisecond, or a clock set back).
 */
export function restoreTombstone(previous: Tombstone, now: Date): Tombstone {
  const at = Math.max(now.getTime(), timeOf(previous.deletedAt) + 1);
  return { deletedAt: previous.deletedAt, restoredAt: new Date(at).toISOString() };
}

/**
 * The tombstones after writing item `id` stamped `writtenAt`: an item another tab deleted meanwhile
 * comes back, since the write is newer than the deletion; the restore clears the deletion's claim
 * even if the two tabs' clocks disagree.
 */
export function tombstonesAfterWrite(
  tombstones: Tombstones,
  id: string,
  writtenAt: string,
  now: Date,
): Tombstones {
  const tomb = own(tombstones, id);
  return tomb && isDeletedBy(tomb, writtenAt)
    ? withEntry(tombstones, id, restoreTombstone(tomb, now))
    : tombstones;
}

/** Copy of a record with its keys in sorted order (stable serialisation). */
export function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const key of Object.keys(record).sort()) {
    const value = own(record, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
