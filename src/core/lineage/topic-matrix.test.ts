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
      'geneva-framework',
      'geneva-19',
      'trump-22',
      'zelensky-20-count',
      'zelensky-20',
    ]);
    expect(matrix.rows).toHaveLength(16);
    for (const r of matrix.rows) for (const c of r.cells) expect(cellHeadline(c)).not.toBe('');
  });

  it('armed forces: 600,000 → 800,000 (from US) → changed, disputed at Geneva → 800,000 (from US)', () => {
    expect(cells(row('armed-forces'))).toEqual([
      'us-28: 600,000 [first]',
      'us-sg-axios: nothing on this topic [unlinked]',
      'e3-counter: 800,000 [changed from us-28]',
      'geneva-framework: no text; not reported [unlinked]',
      'geneva-19: changed: 6 [changed from us-28]',
      'trump-22: no text; not reported [unlinked]',
      'zelensky-20-count: no text; not reported [unlinked]',
      'zelensky-20: 800,000 [changed from us-28]',
    ]);
    expect(topicTrail(row('armed-forces'))).toBe('600,000 → 800,000 → changed: 6 → 800,000');
  });

  it('NATO in the 20 points: US 7 dropped (reported), 3, 4, 8, 9 unknown: as the comparison says', () => {
    const z = row('nato').cells.at(-1)!;
    expect(cellHeadline(z)).toBe('unknown: 3, 4, 8 and 9; dropped: 7');
    expect(z.comparison.kind === 'compared' && z.comparison.rows.map((r) => r.kind)).toEqual([
      'unknown',
      'unknown',
      'dropped',
      'unknown',
      'unknown',
    ]);
    expect(cellHeadline(row('nato').cells[4]!)).toBe('open: 3, 4, 7 and 8');
    expect(cellHeadline(row('amnesty').cells.at(-1)!)).toBe('dropped: 26');
  });

  it('E3 copied US 1 word for word: compared with the US text, it is unchanged, not "changed"', () => {
    expect(mark(row('sovereignty').cells[2]!)).toBe('unchanged from us-28');
    expect(mark(row('sovereignty').cells.at(-1)!)).toBe('kept from us-28');
  });

  it('links each cell to its points and the compared rows', () => {
    const territory = row('territory');
    expect(territory.cells[0]!.points.map((p) => p.label)).toEqual([
      '21a',
      '21b',
      '21c',
      '21d',
      '22',
    ]);
    const geneva = territory.cells[4]!.comparison;
    expect(
      geneva.kind === 'compared' && geneva.rows.map((r) => `${r.kind} ${r.left[0]!.label}`),
    ).toEqual(['open 21a', 'open 21b', 'open 21c', 'open 21d', 'not-reported 22']);
    expect(territory.cells[7]!.points.map((p) => p.label)).toEqual(['14', '15', '16']);
  });

  it('elections: the figure going away shows in the trail; a document no record links stays out', () => {
    expect(topicTrail(row('elections'))).toBe(
      '100 days → Ukraine goes to the polls as soon as… → Elections take place in Ukraine as soon as…',
    );
    expect(topicTrail(row('territory'))).toBeNull();
    // The guarantee framework's "10 years" is another document: not diffed against the plan.
    expect(row('security-guarantees').cells[1]!.comparison).toEqual({ kind: 'unlinked' });
    expect(topicTrail(row('security-guarantees'))).toBeNull();
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
