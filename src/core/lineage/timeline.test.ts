// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import { buildTimeline, comparePair } from './timeline';
import { bundledEvents } from '../../data/bundled-events';

describe('buildTimeline on the bundled data', () => {
  const entries = buildTimeline({ versions: bundled.versions, events: bundledEvents });

  it('puts every version and every event on one dated line, oldest first', () => {
    expect(entries).toHaveLength(bundled.versions.length + bundledEvents.length);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries.slice(0, 3).map((e) => `${e.kind}:${e.id}`)).toEqual([
      'version:us-28',
      'event:first-report',
      'version:us-sg-axios',
    ]);
    for (const id of ['berlin-talks', 'mar-a-lago', 'abu-dhabi-talks', 'geneva-talks'])
      expect(entries.some((e) => e.kind === 'event' && e.id === id)).toBe(true);
  });

  it('carries completeness, counts and who reported each version', () => {
    const z = entries.find((e) => e.id === 'zelensky-20');
    expect(z).toMatchObject({
      kind: 'version',
      completeness: 'point-summaries',
      known: 20,
      claimed: 20,
      dateLabel: '23–24 Dec 2025',
    });
    expect(z?.reportedBy.length).toBeGreaterThan(0);
    const berlin = entries.find((e) => e.id === 'berlin-talks');
    expect(berlin).toMatchObject({
      kind: 'event',
      versions: ['us-sg-axios', 'zelensky-20'],
      reportedBy: ['B1', 'B2', 'B3', 'B4'],
    });
  });
});

describe('comparePair', () => {
  it('puts the older version on the left, whatever the order picked', () => {
    expect(comparePair(['zelensky-20', 'us-28'], bundled.versions)).toEqual({
      left: 'us-28',
      right: 'zelensky-20',
    });
    expect(comparePair(['e3-counter', 'geneva-framework'], bundled.versions)).toEqual({
      left: 'e3-counter',
      right: 'geneva-framework',
    });
  });

  it('needs two known versions; of more, the last two picked count', () => {
    expect(comparePair(['us-28'], bundled.versions)).toBeNull();
    expect(comparePair(['us-28', 'nope'], bundled.versions)).toBeNull();
    expect(comparePair(['us-28', 'trump-22', 'e3-counter'], bundled.versions)).toEqual({
      left: 'e3-counter',
      right: 'trump-22',
    });
  });
});
