import { describe, expect, it } from 'vitest';
import { decodeView } from '../../core/url/codec';
import '../../core/url/payload';
import { defaultView } from '../../core/url/view-state';
import type { Version } from '../../core/model/types';
import { buildLink } from './build-link';

const imported: Version = {
  id: 'imported-leak',
  title: 'Sunday leak',
  date: '2026-11-22',
  completeness: 'full-text',
  claimedPoints: null,
  claimedBy: [],
  reportedBy: [],
  summary: '',
  points: [{ label: '1', text: 'Ukraine keeps an army of 800,000.', topics: [], sources: [] }],
};
const known = {
  versionIds: new Set(['us-28', 'e3-counter']),
  labelsOf: (id: string) => (id === 'us-28' ? new Set(['6', '21a']) : id === 'e3-counter' ? new Set(['6']) : undefined),
  defaults: { left: 'us-28', right: 'e3-counter' },
};
const note = { version: 'us-28', label: '6', text: 'Kyiv rejected this.', createdAt: '2026-11-20T10:00:00.000Z' };

describe('buildLink', () => {
  it('keeps bundled links short and readable, without notes unless asked', () => {
    const state = { ...defaultView(known.defaults), focus: { side: 'left' as const, label: '21a' } };
    const link = buildLink({ state, base: 'https://example.org/viewer/', extraVersions: [], notes: [note], includeNotes: false });
    expect(link.url).toBe('https://example.org/viewer/?v=1&l=us-28&r=e3-counter&p=l.21a');
    expect(link.long).toBe(false);
  });

  it('always carries an imported draft being compared, and the notes when asked', () => {
    const state = { ...defaultView(known.defaults), right: 'imported-leak' };
    const link = buildLink({ state, base: 'https://x.test/', extraVersions: [imported], notes: [note], includeNotes: true });
    expect(link).toMatchObject({ carriedDrafts: 1, carriedNotes: 1 });
    const decoded = decodeView(new URL(link.url).search, known);
    expect(decoded.state.right).toBe('imported-leak');
    expect(decoded.shared.drafts).toEqual([imported]);
    expect(decoded.shared.notes).toEqual([note]);
  });

  it('flags links longer than 8,000 characters', () => {
    const big = { ...imported, points: Array.from({ length: 400 }, (_, i) => ({ label: String(i + 1), text: `Clause ${i} ${Math.random().toString(36).repeat(4)}`, topics: [], sources: [] })) };
    const state = { ...defaultView(known.defaults), right: 'imported-leak' };
    const link = buildLink({ state, base: 'https://x.test/', extraVersions: [big], notes: [], includeNotes: false });
    expect(link.long).toBe(true);
    expect(link.length).toBeGreaterThan(8000);
  });
});
