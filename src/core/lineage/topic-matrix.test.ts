// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Version } from '../model/types';
import { extractFigures, shortText } from './figures';
import { buildTopicMatrix, cellHeadline, topicTrail, type MatrixRow } from './topic-matrix';

const lookup = (id: string) => bundled.sources.get(id);
const matrix = buildTopicMatrix(bundled);
const row = (topic: string): MatrixRow => matrix.rows.find((r) => r.topic === topic)!;
const cells = (r: MatrixRow) =>
  r.cells.map((c) => `${c.version.id}: ${cellHeadline(c, lookup)} [${c.change.kind}]`);

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
    for (const r of matrix.rows)
      for (const c of r.cells) expect(cellHeadline(c, lookup)).not.toBe('');
  });

  it('armed forces: 600,000 → 800,000 → two Geneva readings → 800,000, changes marked', () => {
    expect(cells(row('armed-forces'))).toEqual([
      'us-28: 600,000 [first]',
      'us-sg-axios: not reported [unknown]',
      'e3-counter: 800,000 [changed]',
      'geneva-framework: not reported [unknown]',
      'geneva-19: reported changed — US media / reported dropped — ABC News [reported-change]',
      'trump-22: not reported [unknown]',
      'zelensky-20-count: not reported [unknown]',
      'zelensky-20: 800,000 [same]',
    ]);
    expect(topicTrail(row('armed-forces'), lookup)).toBe(
      '600,000 → 800,000 → reported changed — US media / reported dropped — ABC News → 800,000',
    );
  });

  it('links each cell to its points, and fates to the points of the base version', () => {
    const territory = row('territory');
    const us = territory.cells[0]!.content;
    expect(us.kind === 'points' && us.points.map((p) => p.label)).toEqual([
      '21a',
      '21b',
      '21c',
      '21d',
      '22',
    ]);
    expect(territory.cells[4]!.content).toMatchObject({
      kind: 'fate',
      basedOn: 'us-28',
      fates: [{ points: ['21a', '21b', '21c', '21d'] }],
    });
    const z = territory.cells[7]!.content;
    expect(z.kind === 'points' && z.points.map((p) => p.label)).toEqual(['14', '15', '16']);
  });

  it('elections: the figure going away shows in the trail', () => {
    expect(topicTrail(row('elections'), lookup)).toBe(
      '100 days → Ukraine goes to the polls as soon as… → Elections take place in Ukraine as soon as…',
    );
    expect(topicTrail(row('territory'), lookup)).toBeNull();
  });

  it('compares an edited version with its base, not with a side document in between', () => {
    const sg = row('security-guarantees').cells[2]!;
    expect(sg.version.id).toBe('e3-counter');
    expect(sg.change).toEqual({ kind: 'changed', from: 'us-28' });
  });

  it('a full-text version with nothing on a topic still says "not reported"', () => {
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
    const m = buildTopicMatrix({ versions: [v] }, ['nato', 'nuclear']);
    expect(m.rows.map((r) => cellHeadline(r.cells[0]!, lookup))).toEqual(['Text.', 'not reported']);
    expect(m.rows[1]!.cells[0]!.content).toEqual({ kind: 'not-reported', fullText: true });
  });
});
