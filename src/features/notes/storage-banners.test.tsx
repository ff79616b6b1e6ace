import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../store/create-app-store';
import { memoryStorage } from '../../store/guarded-storage';
import { appStore } from '../../store/app-store';
import { NotesBanners } from './notes-banners';
import { renderWithData, resetStore } from './test-utils';

const downloads = vi.hoisted(() => [] as Array<{ text: string; fileName: string }>);
vi.mock('../../ui/download', () => ({
  downloadText: (text: string, fileName: string) => downloads.push({ text, fileName }),
}));

beforeEach(() => {
  resetStore();
  downloads.length = 0;
});

describe('storage banners', () => {
  it('tells the reader about unreadable stored notes, offers the raw text, and dismisses', async () => {
    // A real recovery, as the store makes it from a damaged stored value.
    const storage = memoryStorage({ 'peace-plan-diff': '{garbage' });
    const recoveries = createAppStore(storage, {
      now: () => new Date('2025-11-26T09:00:00.000Z'),
    }).getState().recoveries;
    expect([...storage.data.keys()]).toContain(
      'peace-plan-diff:recovered:2025-11-26T09:00:00.000Z',
    );
    appStore.setState({ recoveries });

    const user = userEvent.setup();
    renderWithData(<NotesBanners />);
    const banner = screen.getByRole('alert');
    expect(
      within(banner).getByRole('heading', { name: 'Some saved notes could not be read' }),
    ).toBeTruthy();
    expect(banner.textContent).toMatch(/kept in this browser under "peace-plan-diff:recovered:/);
    await user.click(within(banner).getByRole('button', { name: 'Download the unreadable data' }));
    expect(downloads).toEqual([
      { text: '{garbage', fileName: 'peace-plan-notes-unreadable-2025-11-26T09-00-00Z.txt' },
    ]);
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed save until dismissed', async () => {
    appStore.setState({
      storageError: 'Browser storage for this site is full, so the last change was not saved.',
    });
    const user = userEvent.setup();
    renderWithData(<NotesBanners />);
    const region = screen.getByRole('region', { name: 'Notes could not be saved' });
    expect(region.textContent).toMatch(/storage for this site is full/);
    await user.click(
      within(region).getByRole('button', { name: 'Dismiss the message about saving' }),
    );
    expect(screen.queryByRole('region', { name: 'Notes could not be saved' })).toBeNull();
  });
});
