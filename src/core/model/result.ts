/** Expected failure is a value, not a throw (jsdiff's `applyPatch(): string | false`, style brief §2.5). */
export type Result<T, E = string[]> = { ok: true; value: T } | { ok: false; errors: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(errors: E): { ok: false; errors: E } => ({ ok: false, errors });
