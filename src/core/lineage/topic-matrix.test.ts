// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Version } from '../model/types';
import { extractFigures, shortText } from './figures';
import { buildTopicMatrix, cellHeadline, topicTrail, type MatrixRow } from './topic-matrix';

const matrix = buildTopicMatrix(bundled);
const row = (topic: string): MatrixRow => matrix.rows.find((r) => r.topic === topic)!;
const mark = (c: MatrixRow['cells'][number]) =>
  c.comparison.kind === 'compared'
    ? `${c.comparison.mark} from ${c.comparison.against}`
    : c.comparison.kind;
const cells = (r: MatrixRow) =>
  r.cells.map((c) => `${c.version.id}: ${cellHeadline(c)} [${mark(c)}]`);
/** A cell by its version, never by position: the corpus grows (issue #12). */
const cell = (topic: string, version: string) =>
  row(topic).cells.find((c) => c.version.id === version)!;

describe('extractFigures', () => {
  it.each([
    ["The size of Ukraine's armed forces is limited to 600,000 personnel.", ['600,000']],
    [
      '$100 billion of frozen Russian assets … with 50% of the profit going to the US',
      ['$100 billion', '50%'],
    ],
    ['Elections are held in Ukraine within 100 days.', ['100 days']],
    [
      'divided 50:50 between Russia and Ukraine; or 50–50; or a 50/50 arrangement',
      ['50:50', '50–50', '50/50'],
    ],
    ['a target of raising $800 billion', ['$800 billion']],
    ['guarantees modelled on Article 5, START-1, the G8 and point 12', []],
  ])('%s', (text, figures) => {
    expect(extractFigures(text)).toEqual(figures);
  });
});

describe('shortText', () => {
  it('keeps a short sentence whole, cuts long ones at a word with an ellipsis', () => {
    expect(shortText('Ukraine is given reliable security guarantees.')).toBe(
      'Ukraine is given reliable security guarantees.',
    );
    expect(shortText('The deal binds the parties in law. A Peace Council watches over it.')).toBe(
      'The deal binds the parties in law…',
    );
    expect(shortText('one two three four five six seven eight nine ten eleven twelve', 5)).toBe(
      'one two three four five…',
    );
    expect(shortText('Firing at Moscow or St. Petersburg cancels it.')).toBe(
      'Firing at Moscow or St. Petersburg cancels it.',
    );
  });
});

describe('buildTopicMatrix on the bundled drafts', () => {
  it('has every topic × every version, oldest first, never a blank cell', () => {
    expect(matrix.versions.map((v) => v.id)).toEqual([
      'us-28',
      'us-sg-axios',
      'e3-counter',
      'eu-24',
      'geneva-framework',
      'geneva-19',
      'trump-22',
      'zelensky-20-count',
      'us-ru-27',
      'ua-revision-dec',
      'us-ua-guarantees',
      'zelensky-20',
      'paris-declaration',
      'prosperity-framework',
      'eu-core-interests',
    ]);
    expect(matrix.rows).toHaveLength(16);
    for (const r of matrix.rows) for (const c of r.cells) expect(cellHeadline(c)).not.toBe('');
  });

  it('armed forces: 600,000 → 800,000 (from US) → no limits (European 24) → changed, disputed at Geneva → 800,000 (from US)', () => {
    expect(cells(row('armed-forces'))).toEqual([
      'us-28: 600,000 [first]',
      'us-sg-axios: nothing on this topic [first]',
      'e3-counter: 800,000 [changed from us-28]',
      "eu-24: No limits are placed on Ukraine's armed forces… [changed from us-28]",
      'geneva-framework: no text; not reported [unlinked]',
      'geneva-19: changed: 6 [changed from us-28]',
      'trump-22: no text; not reported [unlinked]',
      'zelensky-20-count: no text; not reported [unlinked]',
      'us-ru-27: no text; not reported [unlinked]',
      'ua-revision-dec: unknown: 6 [unknown from us-28]',
      'us-ua-guarantees: nothing on this topic [none from us-sg-axios]',
      'zelensky-20: 800,000 [changed from us-28]',
      "paris-declaration: Long-term military aid and arms for Ukraine's forces… [changed from zelensky-20]",
      'prosperity-framework: unknown: 4 [unknown from zelensky-20]',
      'eu-core-interests: A mirror rule: if Ukraine caps its forces… [changed from us-28]',
    ]);
    expect(topicTrail(row('armed-forces'))).toMatch(
      /^600,000 → 800,000 → No limits are placed on Ukraine's armed forces… → changed: 6 → unknown: 6 → 800,000 → /,
    );
  });

  it('NATO in the 20 points: US 7 dropped (reported), 3, 4, 8, 9 unknown: as the comparison says', () => {
    const z = cell('nato', 'zelensky-20');
    expect(cellHeadline(z)).toBe('unknown: 3, 4, 8 and 9; dropped: 7');
    expect(z.comparison.kind === 'compared' && z.comparison.rows.map((r) => r.kind)).toEqual([
      'unknown',
      'unknown',
      'dropped',
      'unknown',
      'unknown',
    ]);
    expect(cellHeadline(cell('nato', 'geneva-19'))).toBe('open: 3, 4, 7 and 8');
    expect(cellHeadline(cell('amnesty', 'zelensky-20'))).toBe('dropped: 26');
  });

  it('E3 copied US 1 word for word: compared with the US text, it is unchanged, not "changed"', () => {
    expect(mark(cell('sovereignty', 'e3-counter'))).toBe('unchanged from us-28');
    expect(mark(cell('sovereignty', 'zelensky-20'))).toBe('kept from us-28');
  });

  it('links each cell to its points and the compared rows', () => {
    const territory = row('territory');
    expect(cell('territory', 'us-28').points.map((p) => p.label)).toEqual([
      '21a',
      '21b',
      '21c',
      '21d',
      '22',
    ]);
    const geneva = cell('territory', 'geneva-19').comparison;
    expect(
      geneva.kind === 'compared' && geneva.rows.map((r) => `${r.kind} ${r.left[0]!.label}`),
    ).toEqual(['open 21a', 'open 21b', 'open 21c', 'open 21d', 'not-reported 22']);
    expect(cell('territory', 'zelensky-20').points.map((p) => p.label)).toEqual(['14', '15', '16']);
    expect(territory.cells).toHaveLength(matrix.versions.length);
  });

  it('elections: the figure going away shows in the trail; a document is diffed only against what a record links it to', () => {
    expect(topicTrail(row('elections'))).toMatch(
      /^100 days → Ukraine goes to the polls as soon as… → unknown: 25 → unknown: 25 → Elections take place in Ukraine as soon as…/,
    );
    expect(topicTrail(row('territory'))).toBeNull();
    // The guarantee framework starts a line of its own (the US–Ukraine guarantees are linked to
    // it: 10 years → 15 years), and is never diffed against the plan.
    expect(cell('security-guarantees', 'us-sg-axios').comparison).toEqual({ kind: 'first' });
    expect(mark(cell('security-guarantees', 'us-ua-guarantees'))).toBe('changed from us-sg-axios');
    expect(cellHeadline(cell('security-guarantees', 'us-ua-guarantees'))).toMatch(/^15 years/);
  });

  it('a version alone is not compared; with nothing on a topic it says so', () => {
    const v: Version = {
      id: 'x',
      title: 'X',
      date: '2025-01-01',
      completeness: 'full-text',
      claimedPoints: 1,
      claimedBy: [],
      reportedBy: ['S'],
      summary: '',
      points: [{ label: '1', text: 'Text.', topics: ['nato'], sources: ['S'] }],
    };
    const m = buildTopicMatrix({ versions: [v], correspondences: [] }, ['nato', 'nuclear']);
    expect(m.rows.map((r) => cellHeadline(r.cells[0]!))).toEqual([
      'Text.',
      'nothing on this topic',
    ]);
    expect(m.rows[1]!.cells[0]!.comparison).toEqual({ kind: 'unlinked' });
  });
});
