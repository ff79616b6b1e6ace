import { describe, expect, it } from 'vitest';
import { bundled } from './bundled';
import { bundledEvents, eventsFile } from './bundled-events';
import { bundledFiles } from './bundled-files';
import { citedSourceIds, dataIndexOf, eventsFileOf, versionFileOf } from './data-files';
import { splitData } from './split-data';

const name = (base: string, text: string) => `data/${base}-${text.length}.json`;

describe('the per-version data files (issue #12)', () => {
  it('give each version every source it and its links cite, and no other', () => {
    for (const version of bundled.versions) {
      const file = versionFileOf(bundled, version);
      const cited = citedSourceIds([file.version, file.correspondences]);
      expect(new Set(file.sources.map((s) => s.id))).toEqual(cited);
      // What a page holds is a note for maintainers of data/: never shipped to the page.
      for (const s of file.sources) {
        expect(s).not.toHaveProperty('holds');
        expect(s).not.toHaveProperty('covers');
      }
    }
  });

  it('carry every correspondence that names the version, on either side', () => {
    const ids = (id: string) =>
      versionFileOf(
        bundled,
        bundled.versions.find((v) => v.id === id)!,
      ).correspondences.map((c) => `${c.from}→${c.to}`);
    expect(ids('e3-counter')).toEqual(['us-28→e3-counter']);
    expect(ids('us-28')).toEqual(expect.arrayContaining(['us-28→e3-counter', 'us-28→zelensky-20']));
    // A pair's two files hold the links between them (and to a fate's base version).
    expect(ids('zelensky-20')).toContain('us-28→zelensky-20');
  });

  it('put the events and their sources in one file', () => {
    const file = eventsFileOf(bundled, bundledEvents);
    expect(file.events).toHaveLength(bundledEvents.length);
    expect(new Set(file.sources.map((s) => s.id))).toEqual(citedSourceIds(bundledEvents));
  });

  it('index every version without its points, oldest first', () => {
    const index = dataIndexOf(bundled);
    expect(index.map((e) => e.id)).toHaveLength(bundled.versions.length);
    expect(index.find((e) => e.id === 'eu-24')).toEqual({
      id: 'eu-24',
      title: 'European 24-point plan (The Telegraph)',
      date: '2025-11-23',
      dateLabel: '23 Nov 2025',
      kind: 'plan-draft',
      completeness: 'partial-text',
      claimedPoints: 24,
      knownPoints: 22,
      linked: ['us-28'],
    });
    expect(index.map((e) => e.date)).toEqual(index.map((e) => e.date).sort());
    expect(JSON.stringify(index)).not.toContain('"points"');
  });
});

describe('splitting data/ for the build', () => {
  const raw = { ...bundledFiles, events: eventsFile };

  it('names one file per version and one for the events, by content', () => {
    const result = splitData(raw, name);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { manifest, files } = result.value;
    expect(Object.keys(manifest.files).sort()).toEqual(bundled.versions.map((v) => v.id).sort());
    expect(files.size).toBe(bundled.versions.length + 1);
    const us28 = JSON.parse(files.get(manifest.files['us-28']!)!) as { version: { id: string } };
    expect(us28.version.id).toBe('us-28');
    expect(manifest.events).toMatch(/^data\/events-\d+\.json$/);
  });

  it('refuses invalid data, naming the file, the point and the field', () => {
    const broken = structuredClone(raw);
    const eu24 = broken.versions.find((v) => v.file.endsWith('/eu-24.json'))!.json as {
      points: Array<{ sources: string[] }>;
    };
    eu24.points[10]!.sources = [];
    const result = splitData(broken, name);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/eu-24\.json: point 11 › sources: must cite at least one source/),
    );
  });

  it('grows the index by one small entry for a 3,000-point version', () => {
    const big = {
      id: 'generated-3000',
      title: 'Generated 3,000-point version',
      date: '2026-03-01',
      kind: 'plan-draft',
      completeness: 'full-text',
      claimedPoints: 3000,
      claimedBy: [],
      reportedBy: ['A1'],
      summary: 'Generated for a size test.',
      points: Array.from({ length: 3000 }, (_, i) => ({
        label: String(i + 1),
        text: `Generated point ${i + 1} with some words to make it long enough to matter.`,
        topics: ['governance'],
        sources: ['A1'],
      })),
    };
    const base = splitData(raw, name);
    const grown = splitData(
      { ...raw, versions: [...raw.versions, { file: 'extra/generated-3000.json', json: big }] },
      name,
    );
    if (!base.ok || !grown.ok) throw new Error('invalid');
    const size = (m: unknown) => JSON.stringify(m).length;
    expect(size(grown.value.manifest) - size(base.value.manifest)).toBeLessThan(400);
  });
});
