// @vitest-environment node
/**
 * Old links keep working. Format 1 (`v=1`) shipped first; these links are frozen as written then,
 * payloads included, and must decode to exactly these views for as long as the viewer exists.
 * Never edit a row: format 2 has its own table in `codec.v2-links.test.ts`.
 *
 * Two changes were made on purpose (issue #19), and only to what the payload links decode to:
 * their payloads now come with the notice that format 1 payloads carry no checksum, and the draft,
 * which cited a source it does not carry ("A1"), loses those citations with a notice: a draft in a
 * link can cite only its own sources, or it could pose as reported by an outlet of the register.
 */
import { describe, expect, it } from 'vitest';
import { decodeView, type DecodedView } from './codec';
import type { Notice } from './notices';
import { draft, KNOWN } from './url-fixtures';
import { defaultView, type SharedDraft, type SharedNote, type ViewState } from './view-state';

const base: ViewState = { ...defaultView(KNOWN.defaults), left: 'us-28', right: 'e3-counter' };

const NOTE: SharedNote = {
  version: 'us-28',
  label: '21a',
  text: 'Compare with E3 point 10a.',
  createdAt: '2025-11-24T09:30:00.000Z',
};
const NOTE_PAYLOAD =
  'NobwRAbgpgTgzgSwPYDswC4wFc4FoBMAHGADRgA2AhgEZTkZj4CMlpYALlAB7sMDCSALYAHSjCgACAO4J2ACwkBRAMwThSBCnYSmABkoA6NgGNxlTgBMAgr0z5d+AKy4mTAgBYAKroCc6ZbrouroGwboAWmAAvgC6QA';

/** What the link carries: the draft cites "A1" but carries no sources of its own. */
const draftFields: SharedDraft = draft('my-draft', []);
delete draftFields.ownSources;
const DRAFT_AS_LINKED: SharedDraft = {
  ...draftFields,
  title: 'My draft',
  completeness: 'point-summaries',
  claimedPoints: 2,
  summary: 'A draft I typed in.',
  points: [
    {
      label: '1',
      text: 'Ceasefire along the contact line.',
      topics: ['ceasefire'],
      sources: ['A1'],
    },
    { label: '2', text: 'Elections within 100 days.', topics: ['elections'], sources: ['A1'] },
  ],
};
/** What the viewer shows: the draft without citations it could not back. */
const DRAFT: SharedDraft = {
  ...DRAFT_AS_LINKED,
  reportedBy: [],
  points: DRAFT_AS_LINKED.points.map((p) => ({ ...p, sources: [] })),
};
const DRAFT_SOURCES: Notice = {
  kind: 'draft-sources',
  id: 'my-draft',
  refused: ['A1'],
  renamed: [],
  removedReadings: 0,
};
const UNCHECKED = (payload: 'notes' | 'drafts'): Notice => ({ kind: 'unchecked-payload', payload });
const DRAFT_PAYLOAD =
  'NobwRAlgJmBcYFsCeBaKAnAhgMwC5gBoxcJcAbAUzjAFkkACDHfIqTXK+AJgAYuBWFAEYhKAMw9CYAMYB7BAAdKHAHYUAzuuoLZEFbhTqArggSZ0EDVOllMEBBSgAFXfq2wuRG3YdQAQkhwwAC6ROgUOugc-oGwwGAAgkJgoWDGpuaxiYxYePQAkvS4SAqO9HoAdFI6erjuoGC2AEYUZNTJRBwAHvjwAMIUmOoU2BDh9JhksioA5kUAFhT0cvqY0rj0ZHoUVZ2yChDS9TKDw6PhKUTqskbo0lZxicnBAL4E4M2t1FxS3b1gAFFKOsINN1PQAO6keZ6ehCHg8RiYJDqXbEfaHY6tCggsGXNI3O4PeJJFIvV7BIA';

const none = { notes: [], drafts: [] };

const V1_LINKS: ReadonlyArray<[string, Omit<DecodedView, 'pending' | 'awaiting'>]> = [
  ['?v=1&l=us-28&r=e3-counter', { state: base, shared: none, notices: [] }],
  [
    '?v=1&l=us-28&r=e3-counter&p=r.21a',
    { state: { ...base, focus: { side: 'right', label: '21a' } }, shared: none, notices: [] },
  ],
  [
    '?v=1&l=geneva-19&r=us-28&p=l.7',
    {
      state: { ...base, left: 'geneva-19', right: 'us-28', focus: { side: 'left', label: '7' } },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&m=inline&h=1&t=security-guarantees',
    {
      state: { ...base, mode: 'inline', hideUnchanged: true, topic: 'security-guarantees' },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=zelensky-20&tl=us-28,geneva-19,zelensky-20',
    {
      state: {
        ...base,
        right: 'zelensky-20',
        panel: { kind: 'timeline', selected: ['us-28', 'geneva-19', 'zelensky-20'] },
      },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&tl=',
    { state: { ...base, panel: { kind: 'timeline', selected: [] } }, shared: none, notices: [] },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&ph=e3-counter:10a',
    {
      state: { ...base, panel: { kind: 'history', version: 'e3-counter', label: '10a' } },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&mx=territory:geneva-19',
    {
      state: { ...base, panel: { kind: 'matrix', topic: 'territory', version: 'geneva-19' } },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&mx=nato',
    {
      state: { ...base, panel: { kind: 'matrix', topic: 'nato', version: null } },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&mx=:us-28',
    {
      state: { ...base, panel: { kind: 'matrix', topic: null, version: 'us-28' } },
      shared: none,
      notices: [],
    },
  ],
  [
    '?v=1&l=us-28&r=e3-counter&mx=',
    {
      state: { ...base, panel: { kind: 'matrix', topic: null, version: null } },
      shared: none,
      notices: [],
    },
  ],
  [
    `?v=1&l=us-28&r=e3-counter&n=${NOTE_PAYLOAD}`,
    { state: base, shared: { notes: [NOTE], drafts: [] }, notices: [UNCHECKED('notes')] },
  ],
  [
    `?v=1&l=us-28&r=my-draft&p=r.2&d=${DRAFT_PAYLOAD}`,
    {
      state: { ...base, right: 'my-draft', focus: { side: 'right', label: '2' } },
      shared: { notes: [], drafts: [DRAFT] },
      notices: [UNCHECKED('drafts'), DRAFT_SOURCES],
    },
  ],
  [
    `?v=1&l=us-28&r=my-draft&m=inline&t=elections&p=r.2&ph=my-draft:2&n=${NOTE_PAYLOAD}&d=${DRAFT_PAYLOAD}`,
    {
      state: {
        ...base,
        right: 'my-draft',
        mode: 'inline',
        topic: 'elections',
        focus: { side: 'right', label: '2' },
        panel: { kind: 'history', version: 'my-draft', label: '2' },
      },
      shared: { notes: [NOTE], drafts: [DRAFT] },
      notices: [UNCHECKED('drafts'), DRAFT_SOURCES, UNCHECKED('notes')],
    },
  ],
];

describe('format 1 links (shipped first) keep decoding exactly', () => {
  it.each(V1_LINKS)('%s', (link, expected) => {
    expect(decodeView(link, KNOWN)).toEqual({ ...expected, pending: false, awaiting: [] });
  });
});
