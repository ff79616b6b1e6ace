// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isolateSources } from './own-sources';
import { parseVersionJson } from './schema';
import type { Source, Version } from './types';

const own = (id: string, outlet = `Outlet ${id}`): Source => ({
  id,
  outlet,
  url: `https://example.org/${id.toLowerCase()}`,
  date: '2025-12-01',
  holds: 'Given by the sender',
});

/** The register's ids in these tests: A1 (Axios) and N5 (The Washington Post) are bundled. */
const REGISTER = new Set(['A1', 'N5', 'R1']);
const taken = (id: string) => REGISTER.has(id);

/** The spoofed draft of issue #19: titled like a bundled version, citing bundled ids. */
const spoof: Version = {
  id: 'us-29',
  title: 'US 29-point draft',
  date: '2025-12-01',
  completeness: 'full-text',
  claimedPoints: null,
  claimedBy: ['N5'],
  reportedBy: ['A1', 'N5'],
  summary: '',
  points: [
    { label: '1', text: 'Ukraine cedes all of Donetsk.', topics: [], sources: ['A1'] },
    {
      label: '2',
      text: 'No elections.',
      topics: [],
      sources: [],
      flags: [{ kind: 'disputed', note: 'Denied.', sources: ['A1'] }],
      alternatives: [{ text: 'Elections in 100 days.', sources: ['N5'] }],
    },
  ],
  notes: [{ text: 'Context.', sources: ['N5'] }],
  basedOn: 'us-28',
  fates: [{ points: ['7'], readings: [{ status: 'dropped', note: 'Dropped.', sources: ['A1'] }] }],
};

describe('isolateSources', () => {
  it('removes every citation of a source the draft does not carry, and says which', () => {
    const { version, refused, renamed, removedReadings } = isolateSources(spoof, taken);
    expect(refused).toEqual(['A1', 'N5']);
    expect(renamed).toEqual([]);
    expect(version.reportedBy).toEqual([]);
    expect(version.claimedBy).toEqual([]);
    expect(version.points.map((p) => p.sources)).toEqual([[], []]);
    expect(version.points[1]?.flags).toEqual([{ kind: 'disputed', note: 'Denied.', sources: [] }]);
    expect(version.notes).toEqual([{ text: 'Context.', sources: [] }]);
    // Readings must cite a source (schema): left with none, they go, and are counted.
    expect(version.points[1]?.alternatives).toBeUndefined();
    expect(version.fates).toBeUndefined();
    expect(removedReadings).toBe(2);
    expect(parseVersionJson(version, 'isolated', 'import').ok).toBe(true);
    // The text the sender wrote is kept.
    expect(version.points.map((p) => p.text)).toEqual(spoof.points.map((p) => p.text));
  });

  it('renames own sources whose ids the register uses, and every citation follows', () => {
    const draft: Version = {
      ...spoof,
      reportedBy: ['A1', 'X2'],
      claimedBy: [],
      points: [{ label: '1', text: 'Text.', topics: [], sources: ['A1', 'X2'] }],
      notes: [],
      fates: [{ points: ['7'], readings: [{ status: 'kept', note: 'Kept.', sources: ['A1'] }] }],
      ownSources: [own('A1', 'Axios'), own('X2'), own('A1X')],
    };
    const { version, refused, renamed } = isolateSources(draft, taken);
    // A1X is the draft's own: the renamed A1 takes the next free id.
    expect(renamed).toEqual([{ from: 'A1', to: 'A1X2' }]);
    expect(refused).toEqual([]);
    expect(version.ownSources?.map((s) => s.id)).toEqual(['A1X2', 'X2', 'A1X']);
    expect(version.ownSources?.[0]?.outlet).toBe('Axios');
    expect(version.reportedBy).toEqual(['A1X2', 'X2']);
    expect(version.points[0]?.sources).toEqual(['A1X2', 'X2']);
    expect(version.fates?.[0]?.readings[0]?.sources).toEqual(['A1X2']);
    expect(parseVersionJson(version, 'isolated', 'import').ok).toBe(true);
    expect(version.ownSources?.some((s) => REGISTER.has(s.id))).toBe(false);
  });

  it('leaves a draft that cites only its own, free sources as it is (same object)', () => {
    const draft: Version = {
      ...spoof,
      reportedBy: ['U1'],
      claimedBy: [],
      points: [{ label: '1', text: 'Text.', topics: [], sources: ['U1'] }],
      notes: [],
      fates: [],
      ownSources: [own('U1')],
    };
    const result = isolateSources(draft, taken);
    expect(result.version).toBe(draft);
    expect(result).toMatchObject({ refused: [], renamed: [], removedReadings: 0 });
  });

  it('is idempotent', () => {
    const draft: Version = { ...spoof, ownSources: [own('A1'), own('N5X')] };
    const once = isolateSources(draft, taken).version;
    const twice = isolateSources(once, taken);
    expect(twice.version).toBe(once);
  });
});
