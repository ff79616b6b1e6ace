/**
 * What a stored text holds, classified and validated entry by entry (persisted-state.ts) before
 * the store sees it: the current format, v1 (left to persist's `migrate`), or damage, an unknown
 * or a newer format, with what could be salvaged. Pure; never throws. guarded-storage.ts decides
 * what to keep aside and what to write.
 */
import { migrateV1ToV2, salvageState } from './migrations';
import {
  STORE_VERSION,
  checkStateV1,
  checkStateV2,
  emptyPersistedState,
  type PersistedStateV1,
  type PersistedStateV2,
} from './persisted-state';

/** A stored value by its format: the current one, or v1, which persist's `migrate` turns into v2. */
export type StoredValue =
  | { version: typeof STORE_VERSION; state: PersistedStateV2 }
  | { version: 1; state: PersistedStateV1 };

/** How a stored text reads: in full, in part, or not in a format this app can trust. */
export type ReadKind = 'ok' | 'partial' | 'damaged' | 'unknown-version' | 'newer';

export interface StoredRead {
  kind: ReadKind;
  /** What to hydrate from: what was read in full or in part, or else what could be salvaged. */
  value: StoredValue;
  /** The `version` found, when it was a number. */
  storedVersion: number | null;
  problems: string[];
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Classify and validate a stored text. */
export function readStoredValue(raw: string): StoredRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      kind: 'damaged',
      value: { state: emptyPersistedState(), version: STORE_VERSION },
      storedVersion: null,
      problems: ['the stored text is not valid JSON'],
    };
  }
  if (!isRecord(parsed) || !('state' in parsed)) {
    return {
      kind: 'damaged',
      value: { state: salvageState(parsed), version: STORE_VERSION },
      storedVersion: null,
      problems: ['the stored value has no "state" and "version"'],
    };
  }
  const { version, state } = parsed;
  if (version === STORE_VERSION) {
    const checked = checkStateV2(state);
    return {
      kind: checked.problems.length ? 'partial' : 'ok',
      value: { state: checked.state, version },
      storedVersion: version,
      problems: checked.problems,
    };
  }
  if (version === 1) {
    const checked = checkStateV1(state);
    return {
      kind: checked.problems.length ? 'partial' : 'ok',
      value: { state: checked.state, version },
      storedVersion: version,
      problems: checked.problems,
    };
  }
  const isNumber = typeof version === 'number' && Number.isFinite(version);
  const newer = isNumber && version > STORE_VERSION;
  return {
    kind: newer ? 'newer' : 'unknown-version',
    value: { state: salvageState(state), version: STORE_VERSION },
    storedVersion: isNumber ? version : null,
    problems: [
      newer
        ? `stored by a newer version of the app (format ${version})`
        : `stored in an unknown format (version ${JSON.stringify(version) ?? 'missing'})`,
    ],
  };
}

/** The v2 state of a stored value (migrating v1). */
export function stateOf({ value }: StoredRead): PersistedStateV2 {
  return value.version === 1 ? migrateV1ToV2(value.state) : value.state;
}
