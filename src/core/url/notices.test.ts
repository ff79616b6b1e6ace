// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { noticeText, type Notice } from './notices';

const titles: Record<string, string> = {
  'us-28': 'US 28-point draft',
  'e3-counter': 'E3 counter-proposal',
};
const titleOf = (id: string) => titles[id];

/** The sentence without the isolation marks around link text (tested on their own below). */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('noticeText', () => {
  it.each<[Notice, string]>([
    [
      { kind: 'unknown-format', value: '99' },
      'This link uses a format this viewer does not know (version “99”); parts of it may have been ignored.',
    ],
    [
      { kind: 'invalid-param', param: 'm', value: 'sideways' },
      'Ignored an unreadable setting in the link (m=“sideways”).',
    ],
    [
      { kind: 'missing-version', side: 'right', fallback: 'e3-counter' },
      'The link names no right-hand version; showing E3 counter-proposal.',
    ],
    [
      { kind: 'unknown-version', where: 'left', value: 'foo', fallback: 'us-28' },
      'Unknown version “foo” in the link; showing US 28-point draft instead.',
    ],
    [
      { kind: 'unknown-version', where: 'timeline', value: 'foo', fallback: null },
      'Unknown version “foo” in the timeline selection of the link; it was left out.',
    ],
    [
      { kind: 'unknown-point', where: 'focus', version: 'us-28', label: '99' },
      'US 28-point draft has no point “99”; no point is focused.',
    ],
    [
      { kind: 'unknown-point', where: 'history', version: 'mystery', label: '1' },
      '“mystery” has no point “1”; the point history was not opened.',
    ],
    [
      { kind: 'conflicting-panels', used: 'tl', ignored: ['ph', 'mx'] },
      'The link asks for several panels; opened the timeline and ignored the point history and topic matrix.',
    ],
    [
      { kind: 'bad-payload', payload: 'notes', problem: 'corrupt' },
      'The notes carried in the link are damaged (the link may have been cut short or altered); they were left out.',
    ],
    [
      { kind: 'bad-payload', payload: 'drafts', problem: 'invalid' },
      'The imported drafts carried in the link are not in a form this viewer can read; they were left out.',
    ],
    [
      { kind: 'bad-payload', payload: 'drafts', problem: 'too-long' },
      'The imported drafts carried in the link are too long to read safely; they were left out.',
    ],
    [
      { kind: 'invalid-items', payload: 'notes', count: 1 },
      'Left out 1 note in the link that could not be read.',
    ],
    [
      { kind: 'invalid-items', payload: 'drafts', count: 2 },
      'Left out 2 drafts in the link that could not be read.',
    ],
    [
      { kind: 'orphan-notes', count: 3 },
      'Left out 3 notes in the link about points this viewer does not have.',
    ],
    [
      { kind: 'draft-conflict', id: 'us-28' },
      'The link carries its own copy of US 28-point draft; your copy is shown instead.',
    ],
    [
      { kind: 'unchecked-payload', payload: 'drafts' },
      'The imported drafts in this link carry no checksum (an older version of this viewer made the link), so damage to them cannot be detected.',
    ],
    [
      {
        kind: 'draft-sources',
        id: 'us-28',
        refused: ['A1', 'N5'],
        renamed: [],
        removedReadings: 1,
      },
      'US 28-point draft came in the link: it cited sources it does not carry (“A1”, “N5”); a shared draft can cite only its own sources, so those citations were removed, with 1 reading that cited nothing else. Its sources are given by the sender and not checked.',
    ],
    [
      { kind: 'draft-sources', id: 'x', refused: [], renamed: ['A1'], removedReadings: 0 },
      "“x” came in the link: its own sources “A1” had ids this viewer already uses and were renamed, so they cannot be taken for this viewer's sources. Its sources are given by the sender and not checked.",
    ],
    [{ kind: 'unreadable' }, 'This link could not be read; showing the default comparison.'],
  ])('%j', (notice, text) => {
    expect(plain(noticeText(notice, titleOf))).toBe(text);
  });

  it('isolates every text that came from the link, so bidi controls in it cannot reorder the sentence', () => {
    const rlo = 'evil\u202Etxt.exe';
    expect(noticeText({ kind: 'invalid-param', param: 'm', value: rlo })).toBe(
      `Ignored an unreadable setting in the link (m=“\u2068${rlo}\u2069”).`,
    );
    expect(noticeText({ kind: 'draft-conflict', id: 'us-28' }, () => `Draft\u202E`)).toBe(
      'The link carries its own copy of \u2068Draft\u202E\u2069; your copy is shown instead.',
    );
  });

  it('names versions by id when no titles are given, and clips long link text', () => {
    expect(plain(noticeText({ kind: 'draft-conflict', id: 'us-28' }))).toBe(
      'The link carries its own copy of “us-28”; your copy is shown instead.',
    );
    const text = plain(noticeText({ kind: 'invalid-param', param: 'p', value: 'x'.repeat(500) }));
    expect(text).toContain(`“${'x'.repeat(59)}…”`);
    expect(text.length).toBeLessThan(120);
  });
});
