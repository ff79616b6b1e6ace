// @vitest-environment node
/**
 * Payload support (lz-string + schemas) is loaded on demand. Until it is, a link that carries
 * notes or drafts decodes as `pending` (the page waits for the support), and a plain link
 * decodes in full without it.
 */
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './codec';
import { payloadSupport } from './payload-support';
import { defaultView } from './view-state';

const known = {
  versionIds: new Set(['us-28', 'e3-counter']),
  labelsOf: (id: string) => (id === 'us-28' ? new Set(['6']) : new Set<string>()),
  defaults: { left: 'us-28', right: 'e3-counter' },
};
const note = {
  version: 'us-28',
  label: '6',
  text: 'Kyiv rejected this.',
  createdAt: '2025-11-24T09:30:00.000Z',
};
const link = `?v=1&l=us-28&r=e3-counter&n=${LZString.compressToEncodedURIComponent(JSON.stringify([note]))}`;

describe('payload support on demand', () => {
  it('decodes a plain link without it', () => {
    expect(payloadSupport()).toBeNull();
    expect(decodeView('?v=1&l=us-28&r=e3-counter&p=l.6', known)).toMatchObject({
      pending: false,
      notices: [],
    });
  });

  it('marks a link with notes as pending until the support is installed, then reads them', async () => {
    expect(decodeView(link, known)).toMatchObject({
      pending: true,
      shared: { notes: [] },
      state: { left: 'us-28' },
    });
    expect(() => encodeView(defaultView(known.defaults), { notes: [note] })).toThrow(
      /Load \.\/payload/,
    );
    await import('./payload');
    expect(decodeView(link, known)).toMatchObject({
      pending: false,
      shared: { notes: [note] },
      // A format 1 payload: read, and said to carry no checksum.
      notices: [{ kind: 'unchecked-payload', payload: 'notes' }],
    });
  });
});
