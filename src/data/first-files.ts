/**
 * The data files the first view needs, named in the page itself (issue #14). The page's script
 * fetches a version's file only once it has run and rendered (HTML → script → data files →
 * comparison), which on a phone put about a second of waiting before the first rows. The build
 * (scripts/vite-data-plugin.ts) writes `firstFiles` into index.html as a small inline script
 * with a `FirstFilesPlan`: it reads the address and preloads the pair's files while the page's
 * script downloads, the very requests `httpFetcher` makes later (same address, `cors` mode and
 * same-origin credentials), so nothing is fetched twice.
 */
import { defaultPair } from '../core/model/default-pair';
import type { DataManifest } from './data-files';

/** What the inline script knows: each version's file, its links, and the default pair. */
export interface FirstFilesPlan {
  files: Record<string, string>;
  linked: Record<string, string[]>;
  defaults: { left: string; right: string };
}

export function firstFilesPlan(manifest: DataManifest): FirstFilesPlan {
  const linked: Record<string, string[]> = {};
  for (const entry of manifest.index) if (entry.linked) linked[entry.id] = entry.linked;
  return { files: manifest.files, linked, defaults: defaultPair(manifest.index) };
}

/**
 * The files of the pair a query string opens, and of the versions the pair is joined through:
 * the sides as the link codec resolves them (src/core/url/codec-resolve.ts: a missing side
 * falls back to its default, or to the other default rather than the version on the other
 * side) and the versions both are linked to (as `commonLinks`). A side the link names that is not
 * bundled (the reader's import, a draft the link carries, a mistyped id) is the page's to
 * resolve: nothing is preloaded for it.
 *
 * This function's source is the inline script (`Function.prototype.toString`): it may use only
 * its arguments and the browser's globals, and the syntax of the build target.
 */
export function firstFiles(search: string, plan: FirstFilesPlan): string[] {
  const params = new URLSearchParams(search);
  const asked = { left: params.get('l') || undefined, right: params.get('r') || undefined };
  const bundled = (id: string | undefined) =>
    id !== undefined && Object.prototype.hasOwnProperty.call(plan.files, id);
  const fallback = (side: 'left' | 'right', other: string | undefined) => {
    const preferred = plan.defaults[side];
    const alternative = plan.defaults[side === 'left' ? 'right' : 'left'];
    return preferred === other && alternative !== other ? alternative : preferred;
  };
  const resolved = (side: 'left' | 'right', other: string | undefined) => {
    const id = asked[side];
    if (id !== undefined) return bundled(id) ? id : undefined;
    return fallback(side, other);
  };
  const left = resolved('left', asked.right);
  const right = resolved('right', left ?? asked.left);
  const ids = left !== undefined ? [left] : [];
  if (right !== undefined) ids.push(right);
  if (left !== undefined && right !== undefined) {
    const other = plan.linked[right] ?? [];
    for (const id of plan.linked[left] ?? [])
      if (other.includes(id) && id !== left && id !== right) ids.push(id);
  }
  const files: string[] = [];
  for (const id of ids) {
    const file = plan.files[id];
    if (file !== undefined && !files.includes(file)) files.push(file);
  }
  return files;
}
