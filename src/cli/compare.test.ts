// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../core/compare/compare';
import { comparisonToMarkdown } from '../core/report/markdown';
import { bundled } from '../data/bundled';
import { parseArgs } from './args';
import { listVersions, type VersionListing } from './list';
import { loadSide } from './load';
import { run } from './run';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real entry point as a user would (`npx tsx src/cli/compare.ts …`). */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src/cli/compare.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in-process with buffered output. */
function inProcess(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(args, bundled, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

interface JsonRow {
  kind: string;
  basis: string;
  sources: string[];
  change?: { from: string; to: string };
  left: Array<{ label: string }>;
  right: Array<{ label: string }>;
  words?: Array<{ op: string; text: string }>;
}

describe('parseArgs', () => {
  it.each<[string[], ReturnType<typeof parseArgs>]>([
    [
      ['us-28', 'e3-counter'],
      { kind: 'compare', left: 'us-28', right: 'e3-counter', format: 'text' },
    ],
    [
      ['us-28', 'e3-counter', '--format', 'json'],
      { kind: 'compare', left: 'us-28', right: 'e3-counter', format: 'json' },
    ],
    [
      ['--format=md', 'a.txt', 'b.md', '-w', '72'],
      { kind: 'compare', left: 'a.txt', right: 'b.md', format: 'md', width: 72 },
    ],
    [
      ['a', 'b', '--permalink', 'https://x.example/?l=a'],
      {
        kind: 'compare',
        left: 'a',
        right: 'b',
        format: 'text',
        permalink: 'https://x.example/?l=a',
      },
    ],
    [
      ['--', '-odd-name.txt', 'b'],
      { kind: 'compare', left: '-odd-name.txt', right: 'b', format: 'text' },
    ],
    [['--list'], { kind: 'list' }],
    [['--help'], { kind: 'help' }],
    [['us-28', '-h'], { kind: 'help' }],
    [['us-28'], { kind: 'error', message: 'expected two versions (LEFT RIGHT), got 1: us-28' }],
    [
      ['a', 'b', '--format', 'pdf'],
      { kind: 'error', message: '--format must be one of text, md, csv, json, not "pdf"' },
    ],
    [
      ['a', 'b', '--width', 'wide'],
      { kind: 'error', message: '--width must be a whole number from 40 to 500, not "wide"' },
    ],
    [['a', 'b', '--colour'], { kind: 'error', message: 'unknown option "--colour"' }],
    [['--list', 'us-28'], { kind: 'error', message: '--list takes no versions' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});

describe('listVersions', () => {
  it('lists every bundled version with counts and unique outlets', () => {
    const list = listVersions(bundled);
    expect(list).toHaveLength(bundled.versions.length);
    for (const row of list) {
      const version = bundled.versions.find((v) => v.id === row.id)!;
      expect(Object.keys(row)).toEqual([
        'id',
        'title',
        'date',
        'kind',
        'completeness',
        'claimedPoints',
        'knownPoints',
        'subPointsListedSeparately',
        'countNote',
        'reportedBy',
      ]);
      expect(row.knownPoints).toBe(version.points.length);
      expect(new Set(row.reportedBy).size).toBe(row.reportedBy.length);
      expect(row.reportedBy.length).toBeGreaterThan(0);
    }
    expect(list.map((r) => r.date)).toEqual([...list.map((r) => r.date)].sort());
    // us-28 lists 41 entries for its 28 points: the sub-points (10a–10d, …) are entries of their own.
    expect(list.find((r) => r.id === 'us-28')).toMatchObject({
      claimedPoints: 28,
      knownPoints: 41,
      subPointsListedSeparately: true,
      countNote: 'All 28 points known (41 entries: sub-points listed separately)',
    });
    expect(list.find((r) => r.id === 'e3-counter')).toMatchObject({
      subPointsListedSeparately: false,
      countNote: '26 of 28 points known',
    });
  });
});

describe('loading', () => {
  it('gives a text draft named like a bundled version another id', () => {
    const loaded = loadSide('tests/fixtures/draft-excerpt.txt', bundled, ['draft-excerpt']);
    expect(loaded.ok && loaded.version.id).toBe('draft-excerpt-file');
  });

  it('writes the same Markdown bytes as the report function', () => {
    const left = bundled.versions.find((v) => v.id === 'us-28')!;
    const right = bundled.versions.find((v) => v.id === 'e3-counter')!;
    const expected = comparisonToMarkdown(compareVersions(left, right, bundled), bundled.sources);
    expect(inProcess('us-28', 'e3-counter', '--format', 'md').stdout).toBe(expected);
  });

  it('prints warnings and still compares a draft with preamble text', () => {
    const result = inProcess('tests/fixtures/draft-excerpt.txt', 'us-28', '--format', 'csv');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'tests/fixtures/draft-excerpt.txt:1: warning: text before the first point is left out\n',
    );
    expect(result.stdout.startsWith('left_labels,right_labels,kind,')).toBe(true);
  });

  it('reads a Cyrillic Markdown draft', () => {
    const result = inProcess(
      'tests/fixtures/draft-excerpt.md',
      'tests/fixtures/good-draft.json',
      '--format',
      'json',
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      left: { id: string; title: string; points: number };
    };
    expect(json.left).toEqual({
      id: 'draft-excerpt',
      title: 'Пункти мирного плану (тестовий фрагмент)',
      points: 3,
    });
  });

  it('fails with exit 2 on a text draft without points, naming the file', () => {
    const result = inProcess('tests/fixtures/empty.txt', 'us-28');
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'tests/fixtures/empty.txt: No recognisable points: number the points ("1.", "2.", …) or separate them with blank lines.\n',
    });
  });
});

describe('the compare CLI (child process)', { timeout: 60_000 }, () => {
  it('--list prints every version with its counts', () => {
    const result = cli('--list');
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout) as VersionListing[];
    expect(list.length).toBe(bundled.versions.length);
    const us28 = list.find((v) => v.id === 'us-28')!;
    expect(us28).toMatchObject({
      title: 'US 28-point draft',
      date: '2025-11-20',
      completeness: 'full-text',
      claimedPoints: 28,
    });
    expect(us28.knownPoints).toBe(bundled.versions.find((v) => v.id === 'us-28')!.points.length);
    expect(us28.reportedBy).toContain('Axios');
    // The later documents, each with what it is, how much is public and its counts.
    const row = (id: string) => list.find((v) => v.id === id);
    expect(row('eu-24')).toMatchObject({
      kind: 'plan-draft',
      completeness: 'partial-text',
      claimedPoints: 24,
      knownPoints: 22,
    });
    expect(row('us-ru-27')).toMatchObject({
      completeness: 'count-only',
      claimedPoints: 27,
      knownPoints: 0,
    });
    expect(row('paris-declaration')).toMatchObject({
      kind: 'guarantee-document',
      claimedPoints: 5,
      knownPoints: 6,
      subPointsListedSeparately: false,
      countNote: 'All 5 points known (6 entries: the preamble listed separately)',
    });
    expect(row('eu-core-interests')).toMatchObject({
      kind: 'position-paper',
      completeness: 'point-summaries',
      claimedPoints: null,
    });
    expect(list.at(-1)?.id).toBe('eu-core-interests');
  });

  it('us-28 e3-counter --format json: point 6 changes 600,000 to 800,000, with kind, basis and sources', () => {
    const result = cli('us-28', 'e3-counter', '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      disclosure: string;
      left: { id: string };
      right: { id: string };
      rows: JsonRow[];
      summary: { counts: Record<string, number> };
    };
    expect([json.left.id, json.right.id]).toEqual(['us-28', 'e3-counter']);
    expect(json.disclosure).toMatch(/paraphrases of what outlets reported/);
    const changed = json.rows.filter((r) => r.kind === 'changed');
    const armyCap = changed.find(
      (r) =>
        r.words?.some((w) => w.op === 'delete' && w.text.includes('600,000')) &&
        r.words.some((w) => w.op === 'insert' && w.text.includes('800,000')),
    );
    expect(armyCap).toMatchObject({
      basis: 'reported',
      sources: expect.arrayContaining(['E3']) as unknown,
      change: { from: '600,000', to: '800,000 in peacetime' },
    });
    for (const row of json.rows) {
      expect(['reported', 'inferred', 'engine', 'none']).toContain(row.basis);
      if (row.basis === 'reported') expect(row.sources.length).toBeGreaterThan(0);
      else expect(row.sources).toEqual([]);
    }
    expect(Object.values(json.summary.counts).reduce((a, b) => a + b, 0)).toBe(json.rows.length);
  });

  it('us-28 zelensky-20 --format md: discloses paraphrase once and counts unknown apart', () => {
    const result = inProcess('us-28', 'zelensky-20', '--format', 'md');
    expect(result.status).toBe(0);
    expect(result.stdout.match(/paraphrases of what outlets reported/g)).toHaveLength(1);
    expect(result.stdout).toContain('3 dropped (2 reported, 1 inferred)');
    expect(result.stdout).toContain('10 unknown');
    expect(result.stdout).toContain('## Unknown (10)');
  });

  it('compares a .txt draft with us-28', () => {
    const result = cli('tests/fixtures/draft-excerpt.txt', 'us-28', '--format', 'json');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('tests/fixtures/draft-excerpt.txt:1: warning:');
    const json = JSON.parse(result.stdout) as {
      left: { id: string; points: number };
      rows: JsonRow[];
    };
    expect(json.left).toEqual({ id: 'draft-excerpt', title: 'draft-excerpt', points: 7 });
    const six = json.rows.find((r) => r.left[0]?.label === '6')!;
    expect(six.kind).toBe('changed');
    expect(six.right.map((p) => p.label)).toEqual(['6']);
    expect(six.words).toContainEqual({ op: 'delete', text: '800,000' });
    expect(six.words).toContainEqual({ op: 'insert', text: '600,000' });
  });

  it('exits 2 naming a file that does not exist', () => {
    const result = cli('tests/fixtures/no-such-draft.txt', 'us-28');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tests/fixtures/no-such-draft.txt: no such file');
  });

  it('exits 2 naming the field of an invalid JSON draft', () => {
    const result = cli('us-28', 'tests/fixtures/bad-field.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('tests/fixtures/bad-field.json: point 2 › topics');
  });

  it('exits 2 naming line and column of broken JSON', () => {
    const result = cli('tests/fixtures/broken-syntax.draft', 'us-28');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^tests\/fixtures\/broken-syntax\.draft:4:3: not valid JSON/);
  });

  it('--help exits 0; a bad option exits 2', () => {
    expect(cli('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Usage:') as unknown,
    });
    const bad = cli('us-28', 'e3-counter', '--format', 'pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of');
  });
});
