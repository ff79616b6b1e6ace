import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeView, encodeView } from '../../core/url/codec';
import { checkSharedLink } from '../../core/url/link-check';
import { MAX_PAYLOAD_CHARS } from '../../core/url/payload';
import { draft, KNOWN } from '../../core/url/url-fixtures';
import { defaultView, type SharedDraft, type ViewState } from '../../core/url/view-state';
import { ShareControls } from './share-controls';
import { SharedNotesLayer } from './shared-notes-layer';

const note = {
  version: 'us-28',
  label: '6',
  text: 'See <img src=x onerror=alert(1)> and https://example.org/a',
  createdAt: '2026-11-20T10:00:00.000Z',
};
const ORIGIN = 'https://x.test/';
const view: ViewState = { ...defaultView(KNOWN.defaults), left: 'us-28', right: 'e3-counter' };

/** Words that lz-string cannot shrink much: a draft's link grows with its points. */
function wordy(points: number, seed = 1): SharedDraft {
  let x = seed;
  const word = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x.toString(36).slice(0, 6);
  };
  const base = draft('big-draft', []);
  return {
    ...base,
    points: Array.from({ length: points }, (_, i) => ({
      label: String(i + 1),
      text: Array.from({ length: 6 }, word).join(' '),
      topics: [],
      sources: ['A1'],
    })),
  };
}

/** The controls over the real codec and link check: what a reader would copy and open. */
function setup(drafts: SharedDraft[] = []) {
  const user = userEvent.setup();
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const state = drafts[0] ? { ...view, right: drafts[0].id } : view;
  const linkFor = vi.fn((options?: { notes?: readonly (typeof note)[] }) => ({
    url: `${ORIGIN}${encodeView(state, { notes: [...(options?.notes ?? [])], drafts })}`,
    drafts,
  }));
  const onDownload = vi.fn();
  const onDownloadFile = vi.fn();
  const onDownloadNotes = vi.fn();
  render(
    <ShareControls
      linkFor={linkFor}
      checkLink={(url) => checkSharedLink(new URL(url).search, KNOWN)}
      notes={[note]}
      onDownloadComparison={onDownload}
      onDownloadFile={onDownloadFile}
      onDownloadNotes={onDownloadNotes}
    />,
  );
  return { user, writeText, linkFor, onDownload, onDownloadFile, onDownloadNotes };
}

const status = () => screen.getByRole('status').textContent ?? '';
const queryButton = (name: string | RegExp) => screen.queryByRole('button', { name });

describe('Copy link', () => {
  it('copies the link without notes by default and confirms it visibly', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?v=1&l=us-28&r=e3-counter');
    expect(status()).toBe('Link copied.');
  });

  it('adds the notes when "Include my notes" is on', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include my notes' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(decodeView(new URL(copied).search, KNOWN).shared.notes).toEqual([note]);
    expect(status()).toBe('Link copied with 1 note.');
  });

  it('warns before copying a link over 8,000 characters and offers a file instead', async () => {
    const { user, writeText, onDownload } = setup([wordy(300)]);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toMatch(/characters long\. Some chat apps cut links longer than 8,000/);
    await user.click(screen.getByRole('button', { name: 'Download the comparison as a file' }));
    expect(onDownload).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy the long link anyway' }));
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('never offers a link the decoder would refuse: above its limit, the draft comes as a file', async () => {
    const big = wordy(1000);
    const { user, writeText, onDownloadFile, onDownloadNotes } = setup([big]);
    await user.click(screen.getByRole('checkbox', { name: 'Include my notes' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(queryButton('Copy the long link anyway')).toBeNull();
    expect(status()).toMatch(
      new RegExp(
        `too large for a link: .* a link can carry at most ${MAX_PAYLOAD_CHARS.toLocaleString('en-US')}, so it would not open\\. ` +
          'Share the draft as a file that “Import draft” opens, and your notes as a file',
      ),
    );
    await user.click(screen.getByRole('button', { name: `Download “${big.title}” as a file` }));
    const file = onDownloadFile.mock.calls[0]?.[0] as { text: string; fileName: string };
    expect(file.fileName).toBe('big-draft.json');
    expect(JSON.parse(file.text)).toEqual(big);
    await user.click(screen.getByRole('button', { name: 'Download my notes as a file' }));
    expect(onDownloadNotes).toHaveBeenCalled();
  });

  it('every link it does offer opens, as sent, for a reader without the draft', async () => {
    // Drafts from a few points to past the limit (about 690 of these points): whatever the
    // controls copy must decode silently, and whatever they hold back the decoder would refuse.
    const outcomes = { offered: 0, heldBack: 0 };
    for (const points of [10, 300, 660, 680, 700, 720]) {
      const { user, writeText, linkFor, onDownloadFile } = setup([wordy(points, points)]);
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      const anyway = queryButton('Copy the long link anyway');
      if (anyway) await user.click(anyway);
      const url = linkFor.mock.results[0]?.value as { url: string };
      const decoded = decodeView(new URL(url.url).search, KNOWN);
      if (writeText.mock.calls.length) {
        expect(writeText).toHaveBeenCalledWith(url.url);
        expect(decoded.notices, `${points} points`).toEqual([]);
        expect(decoded.shared.drafts).toHaveLength(1);
        outcomes.offered++;
      } else {
        outcomes.heldBack++;
        expect(onDownloadFile).not.toHaveBeenCalled();
        expect(queryButton(/as a file$/), `${points} points`).not.toBeNull();
        expect(decoded.notices, `${points} points`).toContainEqual({
          kind: 'bad-payload',
          payload: 'drafts',
          problem: 'too-long',
        });
      }
      cleanup();
    }
    expect(outcomes.offered).toBeGreaterThan(1);
    expect(outcomes.heldBack).toBeGreaterThan(0);
  }, 30_000); // six real compressions and decodes of drafts up to 33,000 characters
});

describe('notes shared with a link', () => {
  const version = { id: 'us-28' } as never;
  const point = { label: '6', text: 'The army is capped at 600,000.', topics: [], sources: [] };

  it('shows them read-only as text, with a way to save them', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => 'Saved to your notes.');
    const { container } = render(
      <SharedNotesLayer version={version} point={point} notes={[note]} onSave={onSave} />,
    );
    const layer = screen.getByRole('region', { name: 'Notes shared with this link on point 6' });
    expect(layer.textContent).toContain('Shared with this link');
    expect(layer.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://example.org/a' }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    await user.click(screen.getByRole('button', { name: 'Save to my notes' }));
    expect(onSave).toHaveBeenCalledWith(note, point);
    expect(screen.getByRole('status').textContent).toContain('Saved to your notes.');
  });
});
