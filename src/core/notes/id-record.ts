/**
 * Records keyed by ids that are data: a note id or an imported draft's id comes from storage,
 * another tab or a file, and may be any string — `constructor`, `toString`, `hasOwnProperty`,
 * `valueOf`, `__proto__`, `prototype` (issue #19: notes with such ids were reported as "id used
 * twice" and moved aside; issue #18: a notes file with `__proto__` ids threw). A plain `{}` answers
 * `record.constructor` with `Object` and turns `record.__proto__ = x` into a prototype change, so
 * every record of the store, the merge and the imports is made here, without a prototype, and read
 * with `own`.
 *
 * Records stay plain objects (not Maps) because they are what the store persists as JSON and what
 * selectors and tests read; `JSON.stringify` writes an own `__proto__` key like any other.
 */

/** A record of items by id, without a prototype. */
export type IdRecord<T> = Record<string, T>;

export function emptyRecord<T>(): IdRecord<T> {
  return Object.create(null) as IdRecord<T>;
}

/** A record from entries, later entries winning; never changes a prototype. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): IdRecord<T> {
  const out = emptyRecord<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The item stored under `id`, never one inherited from `Object.prototype`. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** A copy of `record` with `value` under `id`. */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  id: string,
  value: T,
): IdRecord<T> {
  const out = recordOf(Object.entries(record));
  out[id] = value;
  return out;
}

/** A copy of `record` without `id`. */
export function withoutEntry<T>(record: Readonly<Record<string, T>>, id: string): IdRecord<T> {
  return recordOf(Object.entries(record).filter(([key]) => key !== id));
}
