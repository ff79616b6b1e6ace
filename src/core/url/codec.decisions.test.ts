/**
 * Decisions on possible matches in links (`x`, added within format 2): they round-trip, are
 * checked where they enter, and links made before them decode as before (no decisions).
 */
import { describe, expect, it } from 'vitest';
import type { MatchDecision } from '../compare/decisions';
import { decodeView, encodeView } from './codec';
import { packPayload } from './payload';
import { draft, KNOWN } from './url-fixtures';
import { defaultView } from './view-state';

const AT = '2026-12-02T03:00:00.000Z';
const CONFIRMED: MatchDecision = {
  id: 'my-draft:2|us-28:6',
  a: ['my-draft:2'],
  b: ['us-28:6'],
  verdict: 'confirmed',
  decidedAt: AT,
};
const view = { ...defaultView({ left: 'us-28', right: 'e3-counter' }), right: 'my-draft' };
const DRAFT = draft('my-draft', ['1', '2']);

describe('decisions in links', () => {
  it('round-trip with the draft they need, in a format 2 link', () => {
    const link = encodeView(view, { drafts: [DRAFT], decisions: [CONFIRMED] });
    expect(link).toMatch(/^\?v=2&l=us-28&r=my-draft&d=[0-9a-f]{8}\.[^&]+&x=[0-9a-f]{8}\./);
    const decoded = decodeView(link, KNOWN);
    expect(decoded.shared.decisions).toEqual([CONFIRMED]);
    expect(decoded.notices).toEqual([]);
  });

  it('a link with decisions only is format 2', () => {
    const onBundled: MatchDecision = {
      id: 'e3-counter:1|us-28:1',
      a: ['e3-counter:1'],
      b: ['us-28:1'],
      verdict: 'rejected',
      decidedAt: AT,
    };
    const plain = { ...view, right: 'e3-counter' };
    const link = encodeView(plain, { decisions: [onBundled] });
    expect(link.startsWith('?v=2&l=us-28&r=e3-counter&x=')).toBe(true);
    expect(decodeView(link, KNOWN).shared.decisions).toEqual([onBundled]);
  });

  it('leaves out decisions on points the viewer does not have, and says so', () => {
    const link = encodeView(view, { decisions: [CONFIRMED] });
    const decoded = decodeView(link, KNOWN);
    expect(decoded.shared.decisions).toEqual([]);
    expect(decoded.notices).toContainEqual({ kind: 'orphan-decisions', count: 1 });
  });

  it('drops invalid entries one by one and refuses a damaged payload whole', () => {
    const bad = { ...CONFIRMED, id: 'us-28:6|my-draft:2' };
    const mixed = `?v=2&l=us-28&r=my-draft&d=${packPayload([DRAFT])}&x=${packPayload([CONFIRMED, bad])}`;
    const decoded = decodeView(mixed, KNOWN);
    expect(decoded.shared.decisions).toEqual([CONFIRMED]);
    expect(decoded.notices).toEqual([{ kind: 'invalid-items', payload: 'decisions', count: 1 }]);
    const x = packPayload([CONFIRMED]);
    const damaged = `?v=2&l=us-28&r=my-draft&d=${packPayload([DRAFT])}&x=${x.slice(0, -1)}B`;
    expect(decodeView(damaged, KNOWN).notices).toEqual([
      { kind: 'bad-payload', payload: 'decisions', problem: 'corrupt' },
    ]);
  });

  it('a format 1 link never carried decisions: `x` there is ignored', () => {
    const link = `?v=1&l=us-28&r=e3-counter&x=${packPayload([CONFIRMED])}`;
    const decoded = decodeView(link, KNOWN);
    expect(decoded.shared).toEqual({ notes: [], drafts: [], decisions: [] });
    expect(decoded.notices).toEqual([]);
  });
});
