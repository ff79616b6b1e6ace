/**
 * Which build of the viewer the reader has: the file name of the module script index.html loads.
 * Vite names it by a hash of its content and of every chunk and data file it imports, so it
 * changes with any deploy that changes what the reader gets, and with no other.
 */
export function buildOf(doc: Document): string | null {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!script) return null;
  return new URL(script.src, doc.baseURI).pathname.split('/').pop() ?? null;
}

export const LAST_BUILD_KEY = 'peace-plan-diff:build';

/**
 * Records `build` as the one this reader has seen and says whether it differs from the one they
 * saw last time (false on a first visit: there is nothing to compare with). Storage that throws
 * (disabled, private modes) only means no notice.
 */
export function updatedSinceLastVisit(storage: Storage | null, build: string | null): boolean {
  if (!storage || !build) return false;
  try {
    const last = storage.getItem(LAST_BUILD_KEY);
    if (last !== build) storage.setItem(LAST_BUILD_KEY, build);
    return last !== null && last !== build;
  } catch {
    return false;
  }
}
