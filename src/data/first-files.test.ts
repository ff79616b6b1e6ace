import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { commonLinks } from '../core/model/catalog';
import { decodeView, type KnownVersions } from '../core/url/codec';
import { bundledFetcher } from './bundled-source';
import { firstFiles, firstFilesPlan } from './first-files';
import type { DataManifest } from './data-files';

const index = bundledFetcher.index;
const manifest: DataManifest = {
  index: [...index],
  files: Object.fromEntries(index.map((e) => [e.id, `data/${e.id}-0123456789.json`])),
  events: 'data/events-0123456789.json',
};
const plan = firstFilesPlan(manifest);
const entry = (id: string) => index.find((e) => e.id === id);

/** What the page fetches first for a link: its pair as the codec resolves it, and what joins it. */
function pageFiles(search: string, imported: readonly string[] = []): string[] {
  const known: KnownVersions = {
    versionIds: new Set([...index.map((e) => e.id), ...imported]),
    labelsOf: () => undefined,
    defaults: plan.defaults,
  };
  const { left, right } = decodeView(search, known).state;
  const ids = [left, right, ...commonLinks(entry(left), entry(right))];
  return [...new Set(ids.flatMap((id) => manifest.files[id] ?? []))];
}

describe('the files the page preloads for the first view (issue #14)', () => {
  it('are the default pair, and what the page fetches, for the bare address', () => {
    expect(plan.defaults).toEqual({ left: 'us-28', right: 'zelensky-20' });
    expect(firstFiles('', plan)).toEqual([
      'data/us-28-0123456789.json',
      'data/zelensky-20-0123456789.json',
    ]);
    expect(firstFiles('', plan)).toEqual(pageFiles(''));
  });

  it('are what the page fetches for every pair of versions a link can name', () => {
    let joined = 0;
    for (const a of index)
      for (const b of index) {
        const search = `?v=1&l=${a.id}&r=${b.id}&p=l.1`;
        const files = firstFiles(search, plan);
        expect(files).toEqual(pageFiles(search));
        if (files.length > 2) joined += 1;
      }
    // Some pairs are compared through a third version: its file is preloaded with theirs.
    expect(joined).toBeGreaterThan(0);
  });

  it('follow the codec where a side is missing or empty', () => {
    for (const search of [
      '?v=1&l=zelensky-20',
      '?v=1&r=us-28',
      '?v=1&r=zelensky-20',
      '?l=&r=e3-counter',
      '?v=9&l=e3-counter&r=us-28',
      '?tl=us-28,e3-counter',
    ])
      expect(firstFiles(search, plan), search).toEqual(pageFiles(search));
  });

  it('leave a side the page resolves later (an import, a carried draft) to the page', () => {
    const search = '?v=1&l=us-28&r=imported-my-draft';
    expect(firstFiles(search, plan)).toEqual(['data/us-28-0123456789.json']);
    expect(pageFiles(search, ['imported-my-draft'])).toEqual(firstFiles(search, plan));
    expect(firstFiles('?v=1&l=imported-a', plan)).toEqual(
      pageFiles('?v=1&l=imported-a', ['imported-a']),
    );
    // A mistyped id: the page opens a default in its place, with a notice; nothing wrong is fetched.
    for (const search of ['?v=1&l=no-such-draft', '?v=1&l=no-such-draft&r=no-such-either'])
      expect(pageFiles(search)).toEqual(expect.arrayContaining(firstFiles(search, plan)));
  });

  it('run from their own source alone, as the inline script does', () => {
    // A context with only the language's globals and the one browser global the script reads.
    const search = '?v=1&l=us-28&r=e3-counter';
    const inline: unknown = runInNewContext(`(${firstFiles.toString()})(search, plan)`, {
      search,
      plan,
      URLSearchParams,
    });
    expect(inline).toEqual(pageFiles(search));
  });
});
