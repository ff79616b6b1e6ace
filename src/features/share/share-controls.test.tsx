import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareControls } from './share-controls';
import { SharedNotesLayer } from './shared-notes-layer';

const note = {
  version: 'us-28',
  label: '6',
  text: 'See <img src=x onerror=alert(1)> and https://example.org/a',
  createdAt: '2026-11-20T10:00:00.000Z',
};

function setup(link = 'https://x.test/?v=1&l=us-28&r=e3-counter') {
  const user = userEvent.setup();
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const linkFor = vi.fn((options?: { notes?: readonly unknown[] }) =>
    options?.notes?.length ? `${link}&n=xyz` : link,
  );
  const onDownload = vi.fn();
  render(<ShareControls linkFor={linkFor} notes={[note]} onDownloadComparison={onDownload} />);
  return { user, writeText, linkFor, onDownload };
}

describe('Copy link', () => {
  it('copies the link without notes by default and confirms it visibly', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?v=1&l=us-28&r=e3-counter');
    expect(screen.getByRole('status').textContent).toBe('Link copied.');
  });

  it('adds the notes when "Include my notes" is on', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include my notes' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?v=1&l=us-28&r=e3-counter&n=xyz');
    expect(screen.getByRole('status').textContent).toBe('Link copied with 1 note.');
  });

  it('warns before copying a link over 8,000 characters and offers a file instead', async () => {
    const { user, writeText, onDownload } = setup(`https://x.test/?v=1&d=${'a'.repeat(9000)}`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(
      /9,022 characters long\. Some chat apps cut links longer than 8,000/,
    );
    await user.click(screen.getByRole('button', { name: 'Download the comparison as a file' }));
    expect(onDownload).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy the long link anyway' }));
    expect(writeText).toHaveBeenCalledTimes(1);
  });
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
