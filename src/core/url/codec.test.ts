// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decodeView,
  decoders,
  encodeView,
  FORMAT_VERSION,
  isLongLink,
  linkLength,
  LONG_LINK,
} from './codec';
import type { Notice } from './notices';
import { MAX_PAYLOAD_CHARS, packPayload } from './payload';
import { draft, KNOWN, makeKnown, problemsOf } from './url-fixtures';
import { defaultView, type SharedNote, type ViewState } from './view-state';

const base: ViewState = { ...defaultView(KNOWN.defaults), left: 'us-28', right: 'e3-counter' };
const note: SharedNote = {
  version: 'us-28',
  label: '21a',
  text: 'Compare with E3 10a.',
  createdAt: '2025-11-24T09:30:00.000Z',
};

/** Decode, assert the result is a showable view, return it. */
function decode(search: string, known = KNOWN) {
  const decoded = decodeView(search, known);
  expect(problemsOf(decoded, known)).toEqual([]);
  return decoded;
}

describe('encodeView: short, readable links for bundled versions', () => {
  it.each<[string, ViewState, string]>([
    ['defaults are left out', base, '?v=1&l=us-28&r=e3-counter'],
    [
      'focus on the right',
      { ...base, focus: { side: 'right', label: '21a' } },
      '?v=1&l=us-28&r=e3-counter&p=r.21a',
    ],
    [
      'focus on the left',
      { ...base, focus: { side: 'left', label: '10' } },
      '?v=1&l=us-28&r=e3-counter&p=l.10',
    ],
    ['inline mode', { ...base, mode: 'inline' }, '?v=1&l=us-28&r=e3-counter&m=inline'],
    ['hide unchanged', { ...base, hideUnchanged: true }, '?v=1&l=us-28&r=e3-counter&h=1'],
    [
      'status filter',
      { ...base, statuses: ['dropped', 'open'] },
      '?v=1&l=us-28&r=e3-counter&s=dropped,open',
    ],
    [
      'topic filter',
      { ...base, topic: 'security-guarantees' },
      '?v=1&l=us-28&r=e3-counter&t=security-guarantees',
    ],
    [
      'everything at once',
      {
        ...base,
        mode: 'inline',
        hideUnchanged: true,
        topic: 'nato',
        focus: { side: 'left', label: '7' },
      },
      '?v=1&l=us-28&r=e3-counter&m=inline&h=1&t=nato&p=l.7',
    ],
    [
      'timeline selection',
      { ...base, panel: { kind: 'timeline', selected: ['us-28', 'geneva-19', 'e3-counter'] } },
      '?v=1&l=us-28&r=e3-counter&tl=us-28,geneva-19,e3-counter',
    ],
    [
      'empty timeline selection',
      { ...base, panel: { kind: 'timeline', selected: [] } },
      '?v=1&l=us-28&r=e3-counter&tl=',
    ],
    [
      'point history',
      { ...base, panel: { kind: 'history', version: 'us-28', label: '21a' } },
      '?v=1&l=us-28&r=e3-counter&ph=us-28:21a',
    ],
    [
      'matrix cell',
      { ...base, panel: { kind: 'matrix', topic: 'territory', version: 'geneva-19' } },
      '?v=1&l=us-28&r=e3-counter&mx=territory:geneva-19',
    ],
    [
      'matrix row',
      { ...base, panel: { kind: 'matrix', topic: 'nato', version: null } },
      '?v=1&l=us-28&r=e3-counter&mx=nato',
    ],
    [
      'matrix column',
      { ...base, panel: { kind: 'matrix', topic: null, version: 'us-28' } },
      '?v=1&l=us-28&r=e3-counter&mx=:us-28',
    ],
    [
      'whole matrix',
      { ...base, panel: { kind: 'matrix', topic: null, version: null } },
      '?v=1&l=us-28&r=e3-counter&mx=',
    ],
  ])('%s', (_, state, expected) => {
    expect(encodeView(state)).toBe(expected);
    expect(decode(expected).state).toEqual(state);
  });

  it('escapes labels but keeps the separators `:` and `,` readable', () => {
    const label = 'a&b=c d+é:,.';
    const known = makeKnown({ 'us-28': [label], 'e3-counter': [] });
    const state: ViewState = {
      ...base,
      focus: { side: 'left', label },
      panel: { kind: 'history', version: 'us-28', label },
    };
    const link = encodeView(state);
    expect(link).toBe(
      '?v=1&l=us-28&r=e3-counter&p=l.a%26b%3Dc%20d%2B%C3%A9:,.&ph=us-28:a%26b%3Dc%20d%2B%C3%A9:,.',
    );
    expect(decode(link, known).state).toEqual(state);
  });

  it('writes the oldest format that says the link first: 1 without payloads, 2 with', () => {
    expect(FORMAT_VERSION).toBe(2);
    expect(encodeView(base).startsWith('?v=1&')).toBe(true);
    expect(encodeView(base, { notes: [note] }).startsWith(`?v=${FORMAT_VERSION}&`)).toBe(true);
  });

  it('leaves empty payloads out and writes notes before drafts', () => {
    expect(encodeView(base, { notes: [], drafts: [] })).toBe('?v=1&l=us-28&r=e3-counter');
    const link = encodeView(base, { notes: [note], drafts: [draft('my-draft', ['1'])] });
    expect(link).toMatch(
      /^\?v=2&l=us-28&r=e3-counter&n=[0-9a-f]{8}\.[A-Za-z0-9+$-]+&d=[0-9a-f]{8}\.[A-Za-z0-9+$-]+$/,
    );
  });

  it('replaces a lone surrogate rather than throwing', () => {
    expect(encodeView({ ...base, focus: { side: 'left', label: 'x\uD800' } })).toBe(
      '?v=1&l=us-28&r=e3-counter&p=l.x%EF%BF%BD',
    );
  });
});

describe('decodeView: payloads', () => {
  it('carries notes and an imported draft exactly', () => {
    const mine = draft('my-draft', ['1', '2']);
    const state: ViewState = { ...base, right: 'my-draft', focus: { side: 'right', label: '2' } };
    const decoded = decode(encodeView(state, { notes: [note], drafts: [mine] }));
    expect(decoded).toEqual({
      state,
      shared: { notes: [note], drafts: [mine] },
      notices: [],
      pending: false,
      awaiting: [],
    });
  });

  it('survives a `+` turned into a space by a form decoder', () => {
    const link = encodeView(base, { notes: [note] });
    const n = new URLSearchParams(link).get('n') ?? '';
    expect(decode(`?v=2&l=us-28&r=e3-counter&n=${n.replace(/\+/g, ' ')}`).shared.notes).toEqual([
      note,
    ]);
  });

  it('a draft in the link makes its id and points valid for the rest of the link', () => {
    const link = `?v=2&l=my-draft&r=us-28&p=l.2&ph=my-draft:1&d=${packPayload([draft('my-draft', ['1', '2'])])}`;
    const { state, notices } = decode(link);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      left: 'my-draft',
      focus: { side: 'left', label: '2' },
      panel: { kind: 'history' },
    });
  });

  it('a draft in the link cites only its own sources, never the register’s (issue #19)', () => {
    // A1 and N5 are in this viewer's register; the sender's draft carries its own "A1".
    const known = { ...makeKnown(), hasSource: (id: string) => id === 'A1' || id === 'N5' };
    const spoof = {
      ...draft('us-29', ['1']),
      title: 'US 29-point draft',
      reportedBy: ['A1', 'N5'],
    };
    const decoded = decode(encodeView({ ...base, right: 'us-29' }, { drafts: [spoof] }), known);
    expect(decoded.notices).toEqual([
      { kind: 'draft-sources', id: 'us-29', refused: ['N5'], renamed: ['A1'], removedReadings: 0 },
    ]);
    const [shown] = decoded.shared.drafts;
    expect(shown?.ownSources?.map((s) => s.id)).toEqual(['A1X']);
    expect(shown?.reportedBy).toEqual(['A1X']);
    expect(shown?.points[0]?.sources).toEqual(['A1X']);
    // Shown again (a reload, a forward), the link is silent: the decoder's output is canonical.
    expect(decode(encodeView(decoded.state, decoded.shared), known).notices).toEqual([]);
  });

  it('an identical copy of the reader’s own import passes silently and is not carried twice', () => {
    const mine = draft('my-draft', ['1']);
    const known = makeKnown(undefined, undefined, [mine]);
    const decoded = decode(encodeView({ ...base, right: 'my-draft' }, { drafts: [mine] }), known);
    expect(decoded.notices).toEqual([]);
    expect(decoded.shared.drafts).toEqual([]);
    expect(decoded.state.right).toBe('my-draft');
  });
});

describe('decodeView: every fallback says what it ignored', () => {
  const cases: Array<[string, string, Partial<ViewState>, Notice[]]> = [
    ['no parameters: the default view, silently', '', defaultView(KNOWN.defaults), []],
    ['only `?`', '?', defaultView(KNOWN.defaults), []],
    [
      'unknown parameters are ignored silently',
      '?v=1&l=us-28&r=e3-counter&utm_source=x&fbclid=y',
      base,
      [],
    ],
    ['a link without `v` is read as the current format', '?l=us-28&r=e3-counter', base, []],
    [
      'unknown format version',
      '?v=99&l=us-28&r=e3-counter&m=inline',
      { ...base, mode: 'inline' },
      [{ kind: 'unknown-format', value: '99' }],
    ],
    [
      'unreadable format version',
      '?v=one&l=us-28&r=e3-counter',
      base,
      [{ kind: 'unknown-format', value: 'one' }],
    ],
    [
      'unknown left version',
      '?v=1&l=foo&r=e3-counter',
      { left: 'us-28', right: 'e3-counter' },
      [{ kind: 'unknown-version', where: 'left', value: 'foo', fallback: 'us-28' }],
    ],
    [
      'unknown right version',
      '?v=1&l=us-28&r=bar',
      { left: 'us-28', right: 'geneva-19' },
      [{ kind: 'unknown-version', where: 'right', value: 'bar', fallback: 'geneva-19' }],
    ],
    [
      'an unknown side does not fall back onto the other side’s version',
      '?v=1&l=foo&r=us-28',
      { left: 'geneva-19', right: 'us-28' },
      [{ kind: 'unknown-version', where: 'left', value: 'foo', fallback: 'geneva-19' }],
    ],
    [
      'both sides unknown',
      '?v=1&l=foo&r=bar',
      { left: 'us-28', right: 'geneva-19' },
      [
        { kind: 'unknown-version', where: 'left', value: 'foo', fallback: 'us-28' },
        { kind: 'unknown-version', where: 'right', value: 'bar', fallback: 'geneva-19' },
      ],
    ],
    [
      'missing right version',
      '?v=1&l=e3-counter',
      { left: 'e3-counter', right: 'geneva-19' },
      [{ kind: 'missing-version', side: 'right', fallback: 'geneva-19' }],
    ],
    [
      'empty version',
      '?v=1&l=&r=e3-counter',
      { left: 'us-28', right: 'e3-counter' },
      [
        { kind: 'invalid-param', param: 'l', value: '' },
        { kind: 'missing-version', side: 'left', fallback: 'us-28' },
      ],
    ],
    [
      'unknown point',
      '?v=1&l=us-28&r=e3-counter&p=r.99',
      { ...base, focus: null },
      [{ kind: 'unknown-point', where: 'focus', version: 'e3-counter', label: '99' }],
    ],
    [
      'point of a version that fell back',
      '?v=1&l=foo&r=e3-counter&p=l.1',
      { ...base, focus: null },
      [
        { kind: 'unknown-version', where: 'left', value: 'foo', fallback: 'us-28' },
        { kind: 'unknown-point', where: 'focus', version: 'foo', label: '1' },
      ],
    ],
    [
      'focus without a side',
      '?v=1&l=us-28&r=e3-counter&p=21a',
      base,
      [{ kind: 'invalid-param', param: 'p', value: '21a' }],
    ],
    [
      'unknown mode',
      '?v=1&l=us-28&r=e3-counter&m=sideways',
      base,
      [{ kind: 'invalid-param', param: 'm', value: 'sideways' }],
    ],
    ['explicit default mode is accepted', '?v=1&l=us-28&r=e3-counter&m=side-by-side&h=0', base, []],
    [
      'unreadable hide flag',
      '?v=1&l=us-28&r=e3-counter&h=yes',
      base,
      [{ kind: 'invalid-param', param: 'h', value: 'yes' }],
    ],
    [
      'unknown topic',
      '?v=1&l=us-28&r=e3-counter&t=weather',
      base,
      [{ kind: 'invalid-param', param: 't', value: 'weather' }],
    ],
    [
      'unknown version in the timeline selection',
      '?v=1&l=us-28&r=e3-counter&tl=us-28,nope,us-28,,geneva-19',
      { ...base, panel: { kind: 'timeline', selected: ['us-28', 'geneva-19'] } },
      [{ kind: 'unknown-version', where: 'timeline', value: 'nope', fallback: null }],
    ],
    [
      'point history of an unknown version',
      '?v=1&l=us-28&r=e3-counter&ph=nope:1',
      base,
      [{ kind: 'unknown-version', where: 'history', value: 'nope', fallback: null }],
    ],
    [
      'point history of an unknown point',
      '?v=1&l=us-28&r=e3-counter&ph=us-28:99',
      base,
      [{ kind: 'unknown-point', where: 'history', version: 'us-28', label: '99' }],
    ],
    [
      'unreadable point history',
      '?v=1&l=us-28&r=e3-counter&ph=us-28',
      base,
      [{ kind: 'invalid-param', param: 'ph', value: 'us-28' }],
    ],
    [
      'matrix with an unknown topic',
      '?v=1&l=us-28&r=e3-counter&mx=weather:us-28',
      { ...base, panel: { kind: 'matrix', topic: null, version: 'us-28' } },
      [{ kind: 'invalid-param', param: 'mx', value: 'weather:us-28' }],
    ],
    [
      'matrix with an unknown version',
      '?v=1&l=us-28&r=e3-counter&mx=nato:nope',
      { ...base, panel: { kind: 'matrix', topic: 'nato', version: null } },
      [{ kind: 'unknown-version', where: 'matrix', value: 'nope', fallback: null }],
    ],
    [
      'several panels',
      '?v=1&l=us-28&r=e3-counter&mx=&ph=us-28:1&tl=us-28',
      { ...base, panel: { kind: 'timeline', selected: ['us-28'] } },
      [{ kind: 'conflicting-panels', used: 'tl', ignored: ['ph', 'mx'] }],
    ],
    [
      'truncated notes payload',
      `?v=2&l=us-28&r=e3-counter&n=${packPayload([note]).slice(0, 20)}`,
      base,
      [{ kind: 'bad-payload', payload: 'notes', problem: 'corrupt' }],
    ],
    [
      'empty notes payload',
      '?v=1&l=us-28&r=e3-counter&n=',
      base,
      [{ kind: 'bad-payload', payload: 'notes', problem: 'corrupt' }],
    ],
    [
      'notes payload that is not a list',
      `?v=2&l=us-28&r=e3-counter&n=${packPayload({ notes: [note] })}`,
      base,
      [{ kind: 'bad-payload', payload: 'notes', problem: 'invalid' }],
    ],
    [
      'some notes invalid',
      `?v=2&l=us-28&r=e3-counter&n=${packPayload([note, { ...note, createdAt: 'yesterday' }, { ...note, extra: 1 }])}`,
      base,
      [{ kind: 'invalid-items', payload: 'notes', count: 2 }],
    ],
    [
      'notes about points the viewer does not have',
      `?v=2&l=us-28&r=e3-counter&n=${packPayload([note, { ...note, label: '99' }, { ...note, version: 'nope' }])}`,
      base,
      [{ kind: 'orphan-notes', count: 2 }],
    ],
    [
      'payload too long to read',
      `?v=1&l=us-28&r=e3-counter&n=${'A'.repeat(MAX_PAYLOAD_CHARS + 1)}`,
      base,
      [{ kind: 'bad-payload', payload: 'notes', problem: 'too-long' }],
    ],
    [
      'tampered drafts payload: the draft and the side showing it fall back',
      `?v=2&l=us-28&r=my-draft&d=${packPayload([draft('my-draft', ['1'])]).slice(0, -6)}`,
      { left: 'us-28', right: 'geneva-19' },
      [
        { kind: 'bad-payload', payload: 'drafts', problem: 'corrupt' },
        { kind: 'unknown-version', where: 'right', value: 'my-draft', fallback: 'geneva-19' },
      ],
    ],
    [
      'invalid draft (bad id) is dropped, valid one kept',
      `?v=2&l=us-28&r=ok-draft&d=${packPayload([draft('Bad Id', ['1']), draft('ok-draft', ['1'])])}`,
      { left: 'us-28', right: 'ok-draft' },
      [{ kind: 'invalid-items', payload: 'drafts', count: 1 }],
    ],
    [
      'a draft may not replace a bundled version',
      `?v=2&l=us-28&r=e3-counter&p=r.fake&d=${packPayload([draft('e3-counter', ['fake'])])}`,
      base,
      [
        { kind: 'draft-conflict', id: 'e3-counter' },
        { kind: 'unknown-point', where: 'focus', version: 'e3-counter', label: 'fake' },
      ],
    ],
  ];

  it.each(cases)('%s', (_, search, expected, notices) => {
    const decoded = decode(search);
    expect(decoded.state).toMatchObject(expected);
    expect(decoded.notices).toEqual(notices);
  });

  it('a different copy of the reader’s own import is refused in favour of theirs', () => {
    const mine = draft('my-draft', ['1']);
    const known = makeKnown(undefined, undefined, [mine]);
    const theirs = { ...mine, title: 'Edited' };
    const decoded = decode(`?v=2&l=us-28&r=my-draft&d=${packPayload([theirs])}`, known);
    expect(decoded.notices).toEqual([{ kind: 'draft-conflict', id: 'my-draft' }]);
    expect(decoded.shared.drafts).toEqual([]);
  });

  it('a throwing `known` still yields the default view with a notice', () => {
    const known = {
      ...KNOWN,
      labelsOf: () => {
        throw new Error('boom');
      },
    };
    const decoded = decodeView('?v=1&l=us-28&r=e3-counter&p=r.1', known);
    expect(decoded).toEqual({
      state: defaultView(KNOWN.defaults),
      shared: { notes: [], drafts: [] },
      notices: [{ kind: 'unreadable' }],
      pending: false,
      awaiting: [],
    });
  });

  it('a hostile timeline of thousands of unknown ids gives at most five notices', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `x${i % 1500}`);
    const { state, notices } = decode(`?v=1&l=us-28&r=e3-counter&tl=us-28,${ids.join(',')},us-28`);
    expect(state.panel).toEqual({ kind: 'timeline', selected: ['us-28'] });
    expect(notices).toHaveLength(5);
    expect(notices[0]).toEqual({
      kind: 'unknown-version',
      where: 'timeline',
      value: 'x0',
      fallback: null,
    });
  });

  it('has a reader for every format version up to the current one', () => {
    for (let v = 1; v <= FORMAT_VERSION; v++) expect(typeof decoders[v]).toBe('function');
  });
});

describe('link length', () => {
  it('measures the whole link and flags long ones', () => {
    expect(LONG_LINK).toBe(8000);
    expect(linkLength('https://x.test/?v=1')).toBe(19);
    expect(isLongLink(`https://x.test/${'a'.repeat(LONG_LINK)}`)).toBe(true);
    expect(isLongLink(`https://x.test/${encodeView(base)}`)).toBe(false);
  });

  it('a bundled comparison with everything set stays under 120 characters', () => {
    const state: ViewState = {
      ...base,
      mode: 'inline',
      hideUnchanged: true,
      topic: 'security-guarantees',
      focus: { side: 'right', label: '21a' },
      panel: { kind: 'matrix', topic: 'territory', version: 'geneva-19' },
    };
    expect(encodeView(state).length).toBeLessThan(120);
  });
});

describe('versions whose points are still loading (issue #12)', () => {
  const loading = {
    versionIds: new Set(['us-28', 'eu-24']),
    // eu-24 is known (in the index) but its points have not arrived.
    labelsOf: (id: string) => (id === 'us-28' ? new Set(['6', '19']) : undefined),
    defaults: { left: 'us-28', right: 'eu-24' },
  };

  it('keeps a focus or history point of a loading version and says which versions to await', () => {
    const decoded = decodeView('?v=1&l=us-28&r=eu-24&p=r.19&ph=eu-24:11', loading);
    expect(decoded.state.focus).toEqual({ side: 'right', label: '19' });
    expect(decoded.state.panel).toEqual({ kind: 'history', version: 'eu-24', label: '11' });
    expect(decoded.awaiting).toEqual(['eu-24']);
    expect(decoded.notices).toEqual([]);
  });

  it('checks the point once the labels are here, and awaits nothing', () => {
    const loaded = {
      ...loading,
      labelsOf: (id: string) => new Set(id === 'us-28' ? ['6'] : ['1']),
    };
    const decoded = decodeView('?v=1&l=us-28&r=eu-24&p=r.19', loaded);
    expect(decoded.state.focus).toBeNull();
    expect(decoded.awaiting).toEqual([]);
    expect(decoded.notices).toEqual([
      { kind: 'unknown-point', where: 'focus', version: 'eu-24', label: '19' },
    ]);
  });

  it('awaits nothing for a link that names no point', () => {
    expect(decodeView('?v=1&l=us-28&r=eu-24', loading).awaiting).toEqual([]);
  });
});
