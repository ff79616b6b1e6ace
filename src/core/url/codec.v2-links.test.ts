// @vitest-environment node
/**
 * Format 2 links (`v=2`: payloads behind a CRC-32 checksum, issue #19), frozen as written when
 * format 2 shipped: they must decode to exactly these views for as long as the viewer exists.
 * Never edit a row: a later format gets a table of its own.
 */
import { describe, expect, it } from 'vitest';
import { decodeView, type DecodedView } from './codec';
import { KNOWN } from './url-fixtures';
import { defaultView, type SharedDraft, type SharedNote, type ViewState } from './view-state';

const base: ViewState = { ...defaultView(KNOWN.defaults), left: 'us-28', right: 'e3-counter' };

const NOTE: SharedNote = {
  version: 'us-28',
  label: '21a',
  text: 'Compare with E3 point 10a.',
  createdAt: '2025-11-24T09:30:00.000Z',
};
const NOTE_PAYLOAD =
  '18eaab62.NobwRAbgpgTgzgSwPYDswC4wFc4FoBMAHGADRgA2AhgEZTkZj4CMlpYALlAB7sMDCSALYAHSjCgACAO4J2ACwkBRAMwThSBCnYSmABkoA6NgGNxlTgBMAgr0z5d+AKy4mTAgBYAKroCc6ZbrouroGwboAWmAAvgC6QA';

const DRAFT: SharedDraft = {
  id: 'my-draft',
  title: 'My draft',
  date: '2025-11-30',
  completeness: 'point-summaries',
  claimedPoints: 2,
  claimedBy: [],
  reportedBy: ['R1'],
  summary: 'A draft I typed in.',
  points: [
    {
      label: '1',
      text: 'Ceasefire along the contact line.',
      topics: ['ceasefire'],
      sources: ['R1'],
    },
    { label: '2', text: 'Elections within 100 days.', topics: ['elections'], sources: ['R1'] },
  ],
  ownSources: [
    {
      id: 'R1',
      outlet: 'Reader source',
      url: 'https://example.org/r1',
      date: '2025-11-30',
      holds: 'Given by the reader who imported this draft',
    },
  ],
};
const DRAFT_PAYLOAD =
  'c7387bf1.NobwRAlgJmBcYFsCeBaKAnAhgMwC5gBoxcJcAbAUzjAFkkACDHfIqTXK+AJgAYuBWFAEYhKAMw9CYAMYB7BAAdKHAHYUAzuuoLZEFbhTqArggSZ0EDVOllMEBBSgAFXfq2wuRG3YdQAQkhwwAC6ROgUOugc-oGwwGAASkJgoWDGpuaxYACCjFh49ACS9LhICo70egB0Ujp6uO6gYLYARhRk1MlEHAAe+PAAwhSY6hTYEOH0mGSyKgDmJQAWFPRy+pjSuPRkehQ13bIKENKNMsOj4+EpROqyRujSVnGJycEAvgTgre3UXFK9-TAAFFKJsILN1PQAO6kRZ6ehCHg8RiYJDqfbEQ7HU7tChgiHXNJ3B5PeJJFJvVKyKEqADKxMejXA0Go5KId3IFEBCWGUAo6Hot3ujyk9w68EWuFwCnUsAA9HKKD1MIpKFVZOg5nL0F0wGwOL8+IIROJJERFrIyFB3GAAOIQABuFBU9BaDFwy3o4UwfIFUItlUUGuiSwgkKYeDAlMpQA';

const V2_LINKS: ReadonlyArray<[string, Omit<DecodedView, 'pending'>]> = [
  [
    `?v=2&l=us-28&r=e3-counter&n=${NOTE_PAYLOAD}`,
    { state: base, shared: { notes: [NOTE], drafts: [] }, notices: [], awaiting: [] },
  ],
  [
    `?v=2&l=us-28&r=my-draft&m=inline&t=elections&p=r.2&ph=my-draft:2&n=${NOTE_PAYLOAD}&d=${DRAFT_PAYLOAD}`,
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
      notices: [],
      awaiting: [],
    },
  ],
  [
    // The same link with the draft's last character changed: refused, never read as other text.
    `?v=2&l=us-28&r=my-draft&d=${DRAFT_PAYLOAD.slice(0, -1)}B`,
    {
      state: { ...base, right: 'geneva-19' },
      shared: { notes: [], drafts: [] },
      notices: [
        { kind: 'bad-payload', payload: 'drafts', problem: 'corrupt' },
        { kind: 'unknown-version', where: 'right', value: 'my-draft', fallback: 'geneva-19' },
      ],
      awaiting: [],
    },
  ],
];

describe('format 2 links keep decoding exactly', () => {
  it.each(V2_LINKS)('%s', (link, expected) => {
    expect(decodeView(link, KNOWN)).toEqual({ ...expected, pending: false });
  });
});
