import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../core/compare/compare';
import { unsupportedClaims } from '../core/compare/support';
import type { Correspondence, Dataset } from '../core/model/types';
import {
  parseDataset,
  parseEvents,
  parseVersionJson,
  type RawDataFiles,
} from '../core/model/schema';
import { bundledFiles } from './bundled-files';

const clone = <T>(x: T): T => structuredClone(x);

function withVersion(id: string, edit: (json: Record<string, unknown>) => void): RawDataFiles {
  const files = clone(bundledFiles);
  const entry = files.versions.find((v) => v.file.endsWith(`/${id}.json`))!;
  edit(entry.json as Record<string, unknown>);
  return files;
}

describe('bundled data', () => {
  const parsed = parseDataset(bundledFiles);

  it('is valid, with every reference resolved', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('lists every file in data/versions', () => {
    const onDisk = readdirSync('data/versions')
      .filter((f) => f.endsWith('.json'))
      .sort();
    const listed = bundledFiles.versions.map((v) => v.file.replace('data/versions/', '')).sort();
    expect(listed).toEqual(onDisk);
  });

  it('holds every reported version with its completeness and claimed count', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const summary = Object.fromEntries(
      parsed.value.versions.map((v) => [
        v.id,
        [v.completeness, v.claimedPoints, v.points.length > 0],
      ]),
    );
    expect(summary).toMatchObject({
      'us-28': ['full-text', 28, true],
      'us-sg-axios': ['partial-text', null, true],
      'e3-counter': ['partial-text', 28, true],
      'geneva-framework': ['statement-only', null, false],
      'geneva-19': ['reported-changes', 19, false],
      'trump-22': ['count-only', 22, false],
      'zelensky-20-count': ['count-only', 20, false],
      'zelensky-20': ['point-summaries', 20, true],
      'eu-24': ['partial-text', 24, true],
      'us-ru-27': ['count-only', 27, false],
      'ua-revision-dec': ['reported-changes', 20, true],
      'paris-declaration': ['partial-text', 5, true],
      'us-ua-guarantees': ['statement-only', null, true],
      'prosperity-framework': ['point-summaries', null, true],
      'eu-core-interests': ['point-summaries', null, true],
    });
    expect(parsed.value.versions.find((v) => v.id === 'zelensky-20')!.points).toHaveLength(20);
  });

  it('says what each document is, so a declaration is never read as a draft of the plan', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const kinds = Object.fromEntries(parsed.value.versions.map((v) => [v.id, v.kind]));
    expect(kinds).toEqual({
      'us-28': 'plan-draft',
      'us-sg-axios': 'guarantee-document',
      'e3-counter': 'plan-draft',
      'geneva-framework': 'plan-draft',
      'geneva-19': 'plan-draft',
      'trump-22': 'plan-draft',
      'zelensky-20-count': 'plan-draft',
      'zelensky-20': 'plan-draft',
      'eu-24': 'plan-draft',
      'us-ru-27': 'plan-draft',
      'ua-revision-dec': 'plan-draft',
      'paris-declaration': 'guarantee-document',
      'us-ua-guarantees': 'guarantee-document',
      'prosperity-framework': 'economic-framework',
      'eu-core-interests': 'position-paper',
    });
  });

  const version = (id: string) => {
    if (!parsed.ok) throw new Error('invalid data');
    return parsed.value.versions.find((v) => v.id === id)!;
  };
  const pointOf = (id: string, label: string) => version(id).points.find((p) => p.label === label)!;

  it('keeps the European 24-point plan apart from the E3 edit, with 21–24 unseen', () => {
    const eu24 = version('eu-24');
    const labels = eu24.points.map((p) => p.label);
    expect(labels.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    // Reported beyond 20 without a number: never filed under 21, 22, 23 or 24.
    expect(labels.slice(20)).toEqual(['21-24a', '21-24b']);
    expect(pointOf('eu-24', '11').text).toMatch(/No limits/);
    expect(pointOf('eu-24', '19').text).toMatch(/Zaporizhzhia.*Kakhovka/);
    expect(pointOf('eu-24', '16').text).toMatch(/only after a full and unconditional ceasefire/);
    // The numbers past 12 rest on one http-only copy the register cannot hold: marked.
    for (const n of [13, 14, 15, 16, 17, 18, 19, 20])
      expect(pointOf('eu-24', String(n)).flags?.map((f) => f.kind)).toContain('unverified');
    for (const n of [1, 2, 12]) expect(pointOf('eu-24', String(n)).flags).toBeUndefined();
    // Numbering conflict (§4 item 23): shown, with the copies that number it otherwise.
    expect(pointOf('eu-24', '8').flags?.[0]).toMatchObject({
      kind: 'disputed',
      sources: ['EU24-1', 'EU24-2', 'EU24-17'],
    });
    expect(pointOf('eu-24', '21-24b').flags?.[0]?.kind).toBe('unverified');
  });

  it('keeps the 2026 documents’ figures and disputed readings exact', () => {
    expect(pointOf('prosperity-framework', 'a').text).toContain('$800 billion');
    expect(pointOf('prosperity-framework', 'a').text).toContain('2040');
    expect(pointOf('prosperity-framework', 'c').text).toMatch(
      /\$317 billion.*\$57 billion.*\$126 billion/,
    );
    const orban = pointOf('prosperity-framework', 'a').alternatives!.map((a) => a.text);
    expect(orban[0]).toMatch(/€800 billion.*€500 billion.*€300 billion.*€700 billion/);
    expect(pointOf('prosperity-framework', 'i').flags?.[0]?.kind).toBe('unverified');
    expect(pointOf('us-ua-guarantees', 'b').text).toMatch(/15 years, with an option to extend/);
    expect(pointOf('us-ua-guarantees', 'e').text).toMatch(/Not signed/);
    // Paris: the draft's US pledge is a reading beside the final text, never merged into it.
    expect(pointOf('paris-declaration', '3').text).not.toMatch(/if it is attacked/);
    expect(pointOf('paris-declaration', '3').alternatives?.[0]?.text).toMatch(/Draft wording/);
    expect(version('paris-declaration').points.map((p) => p.label)).toEqual([
      'preamble',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(version('us-ru-27').points).toEqual([]);
  });

  it('compares the European 24 points with the US 28: army cap, ZNPP and Kakhovka, territory after a ceasefire', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const c = compareVersions(version('us-28'), version('eu-24'), parsed.value);
    const row = (label: string) => c.rows.find((r) => r.left.some((p) => p.label === label))!;
    const right = (label: string) => row(label).right.map((p) => p.label);
    expect(right('6')).toEqual(['11']);
    expect(row('6')).toMatchObject({
      kind: 'changed',
      basis: { kind: 'reported', sources: ['EU24-1', 'EU24-6', 'EU24-10'] },
      change: { from: '600,000', to: expect.stringMatching(/^no limits/) },
    });
    expect(right('19')).toEqual(['19']);
    expect(row('19').change?.to).toMatch(/ZNPP and the Kakhovka dam/);
    expect(row('19').basis.kind).toBe('reported');
    expect(right('21a')).toEqual(['16', '17']);
    expect(row('21a').change?.to).toMatch(/only after a full ceasefire/);
    expect(row('21a').basis.kind).toBe('reported');
    // Two documents, two summaries: the NPT point is kept as we compared it, never "unchanged".
    expect(right('18')).toEqual(['15']);
    expect(row('18')).toMatchObject({ kind: 'kept', basis: { kind: 'inferred' } });
    // Points 21–24 were never seen: a US point missing from 1–20 is unknown, never "dropped".
    for (const label of ['3', '25', '26', '27']) expect(row(label).kind).toBe('unknown');
    expect(c.rows.some((r) => r.kind === 'dropped')).toBe(false);
  });

  it('cites only https copies: the http-only copy of the 24 points is kept out', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const urls = [...parsed.value.sources.values()].map((s) => s.url);
    expect(urls.some((u) => u.includes('digipub.cc'))).toBe(false);
    expect(parsed.value.sources.has('EU24-3')).toBe(false);
    expect(parsed.value.sources.get('EU24-1')?.outlet).toBe('The Telegraph');
  });

  it('keeps the sub-points of the 28-point draft as points of their own', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const us28 = parsed.value.versions.find((v) => v.id === 'us-28')!;
    const labels = us28.points.map((p) => p.label);
    for (const sub of ['10a', '10d', '13a', '13c', '14a', '14c', '20a', '20d', '21a', '21d'])
      expect(labels).toContain(sub);
    expect(labels).not.toContain('10');
    // 1–9, 10a–d, 11, 12, 13a–c, 14a–c, 15–19, 20a–d, 21a–d, 22–28.
    expect(labels).toHaveLength(41);
  });

  it('keeps figures exact: the army cap goes from 600,000 to 800,000', () => {
    if (!parsed.ok) throw new Error('invalid data');
    const text = (id: string, label: string) =>
      parsed.value.versions.find((v) => v.id === id)!.points.find((p) => p.label === label)!.text;
    expect(text('us-28', '6')).toContain('600,000');
    expect(text('e3-counter', '6')).toContain('800,000');
    expect(text('zelensky-20', '4')).toContain('800,000');
    expect(text('us-28', '25')).toContain('100 days');
  });

  it("cites Reuters' key-changes report (E3) only on the E3 links it holds: 6, 10, 14, 21", () => {
    if (!parsed.ok) throw new Error('invalid data');
    const e3 = parsed.value.correspondences.find((c) => c.to === 'e3-counter')!;
    expect(e3.links.filter((l) => l.sources.includes('E3')).map((l) => l.right.join(','))).toEqual([
      '6',
      '10',
      '14',
      '21',
    ]);
    // What only the anonymous forum copy (E2) holds is the project's inference, not a report.
    for (const label of ['15', '16', '17', '18', '22', '23', '24', '25', '26', '27'])
      expect(e3.links.find((l) => l.left.includes(label))!.basis).toBe('inferred');
  });

  it('makes no claim of a change that no link or fate supports', () => {
    if (!parsed.ok) throw new Error('invalid data');
    expect(unsupportedClaims(parsed.value)).toEqual([]);
  });

  it('gives every source outlet, https URL and date', () => {
    if (!parsed.ok) throw new Error('invalid data');
    for (const s of parsed.value.sources.values()) {
      expect(s.outlet.length).toBeGreaterThan(0);
      expect(s.url.startsWith('https://')).toBe(true);
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('a claim without evidence fails clearly', () => {
  const links = (files: RawDataFiles, to: string) =>
    (files.correspondences.json as Correspondence[]).find((c) => c.to === to)!.links;

  it('a reported link citing a page that does not hold its points', () => {
    const files = clone(bundledFiles);
    const fifteen = links(files, 'e3-counter').find((l) => l.left[0] === '15')!;
    Object.assign(fifteen, { basis: 'reported', sources: ['E3'] });
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toEqual([
      'data/correspondences.json: us-28 → e3-counter: links[14] (15 → 15): source E3 does not cover e3-counter:15',
    ]);
  });

  it('a reported fate citing a page that lists no points it covers', () => {
    const files = withVersion('geneva-19', (json) => {
      const fates = json.fates as Array<{ readings: Array<{ sources: string[] }> }>;
      fates[0]!.readings[0]!.sources.push('N1');
    });
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(
        /geneva-19\.json: fates 26 \(dropped\): source N1 is cited for what it reports, so it must list the points it covers/,
      ),
    );
  });

  it('a link whose status does not fit its sides', () => {
    const files = clone(bundledFiles);
    links(files, 'zelensky-20').find((l) => l.left[0] === '6')!.status = 'dropped';
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/links\[5\] \(6 → 4\): status "dropped" does not fit its sides/),
    );
  });

  it('a row the engine would call "changed" because a link is missing', () => {
    const files = clone(bundledFiles);
    const z = (files.correspondences.json as Correspondence[]).find((c) => c.to === 'zelensky-20')!;
    z.links = z.links.filter((l) => l.left[0] !== '6');
    const result = parseDataset(files);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(unsupportedClaims(result.value)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^us-28 → zelensky-20: 6 → 4 would be "changed" by the engine's text match/,
        ),
      ]),
    );
  });

  it('a point dropped by no link: unknown in a summary, never "dropped"', () => {
    const files = clone(bundledFiles);
    const z = (files.correspondences.json as Correspondence[]).find((c) => c.to === 'zelensky-20')!;
    z.links = z.links.filter((l) => l.left[0] !== '7');
    const result = parseDataset(files);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const data: Dataset = result.value;
    const v = (id: string) => data.versions.find((x) => x.id === id)!;
    const row = compareVersions(v('us-28'), v('zelensky-20'), data).rows.find(
      (r) => r.left[0]?.label === '7',
    )!;
    expect(row).toMatchObject({ kind: 'unknown', why: 'incomplete', basis: { kind: 'none' } });
    expect(unsupportedClaims(data)).toEqual([]);
  });
});

describe('a broken data file fails clearly', () => {
  it('names the file, the point and the field of a point without sources', () => {
    const files = withVersion('us-28', (json) => {
      const points = json.points as Array<Record<string, unknown>>;
      points.find((p) => p.label === '21a')!.sources = [];
    });
    const result = parseDataset(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.stringMatching(
        /data\/versions\/us-28\.json: point 21a › sources: must cite at least one source/,
      ),
    );
  });

  it('names an unknown source reference', () => {
    const files = withVersion('e3-counter', (json) => {
      (json.points as Array<Record<string, unknown>>)[0]!.sources = ['NOPE'];
    });
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(
        /e3-counter\.json: point 1: sources: source "NOPE" is not in the source register/,
      ),
    );
  });

  it('rejects http links and unknown topics, naming the field', () => {
    const bad = parseVersionJson(
      {
        ...clone(bundledFiles.versions[0]!.json as object),
        points: [{ label: '1', text: 'x', topics: ['weather'], sources: ['A1'] }],
      },
      'data/versions/us-28.json',
    );
    expect(bad.ok ? [] : bad.errors).toContainEqual(
      expect.stringMatching(/us-28\.json: point 1 › topics › \[0\]: /),
    );
    const files = clone(bundledFiles);
    (files.sources.json as Array<Record<string, unknown>>)[0]!.url = 'http://example.org/page';
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/data\/sources\.json: \[0\] › url: must be an https:\/\/ URL/),
    );
  });

  it('names a correspondence that points at a missing point', () => {
    const files = clone(bundledFiles);
    const corr = files.correspondences.json as Array<{ links: Array<{ left: string[] }> }>;
    corr[0]!.links[0]!.left = ['99z'];
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/point 99z does not exist/),
    );
  });

  it('names a version without a document kind', () => {
    const files = withVersion('paris-declaration', (json) => {
      delete json.kind;
    });
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/data\/versions\/paris-declaration\.json: kind: /),
    );
  });

  it('rejects a label used twice in one version', () => {
    const files = withVersion('us-28', (json) => {
      const points = json.points as Array<Record<string, unknown>>;
      points[1]!.label = points[0]!.label;
    });
    const result = parseDataset(files);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.stringMatching(/us-28\.json: point 1: label is used twice/),
    );
  });
});

describe('process events', () => {
  it('are valid, dated, sourced, and name only existing versions', async () => {
    const { eventsFile } = await import('./bundled-events');
    const { bundled } = await import('./bundled');
    const parsed = parseEvents(eventsFile, bundled);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const ids = parsed.value.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'politico-guarantees-later',
        'berlin-talks',
        'miami-talks-nov',
        'mar-a-lago',
        'abu-dhabi-talks',
        'ushakov-27-points',
        'mar-a-lago-follow-up',
        'paris-summit',
        'guarantees-not-before-deal',
        'eu-ministers-core-interests',
      ]),
    );
    // The timeline keys entries by id: an event never shares an id with a version.
    const versionIds = new Set(bundled.versions.map((v) => v.id));
    expect(ids.filter((id) => versionIds.has(id))).toEqual([]);
    expect(
      parsed.value
        .map((e) => e.date)
        .sort()
        .at(-1)! >= '2026-02-23',
    ).toBe(true);
  });

  it('a broken event fails naming the file, event and field', async () => {
    const { eventsFile } = await import('./bundled-events');
    const { bundled } = await import('./bundled');
    const json = structuredClone(eventsFile.json) as Array<Record<string, unknown>>;
    json[0]!.versions = ['no-such-version'];
    const parsed = parseEvents({ file: 'data/events.json', json }, bundled);
    expect(parsed.ok ? [] : parsed.errors).toContainEqual(
      expect.stringMatching(
        /data\/events\.json: event .+: versions: unknown version "no-such-version"/,
      ),
    );
  });
});
