import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildOf, LAST_BUILD_KEY, updatedSinceLastVisit } from './last-build';
import { UpdateNotice } from './update-notice';

describe('which build the reader had last time', () => {
  it('is the file name of the module script the page loads', () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.setAttribute('src', './assets/index-xo_fVafY.js');
    document.head.append(script);
    expect(buildOf(document)).toBe('index-xo_fVafY.js');
    script.remove();
    expect(buildOf(document)).toBeNull();
  });

  it('says "updated" only when a visit before ran another build, and remembers this one', () => {
    localStorage.clear();
    expect(updatedSinceLastVisit(localStorage, 'index-a.js')).toBe(false); // first visit
    expect(updatedSinceLastVisit(localStorage, 'index-a.js')).toBe(false); // same build
    expect(updatedSinceLastVisit(localStorage, 'index-b.js')).toBe(true); // a deploy
    expect(localStorage.getItem(LAST_BUILD_KEY)).toBe('index-b.js');
    expect(updatedSinceLastVisit(localStorage, 'index-b.js')).toBe(false);
  });

  it('gives no notice, and no error, where storage is missing or throws', () => {
    expect(updatedSinceLastVisit(null, 'index-a.js')).toBe(false);
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(updatedSinceLastVisit(broken, 'index-a.js')).toBe(false);
  });
});

describe('UpdateNotice', () => {
  it('offers the waiting build with a reload the reader chooses, or later', async () => {
    const onReload = vi.fn();
    render(<UpdateNotice updated={false} ready onReload={onReload} />);
    expect(screen.getByText('A new version of this viewer is ready.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Reload to use it' }));
    expect(onReload).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/new version/)).toBeNull();
  });

  it('says the viewer was updated until dismissed, and says nothing when nothing changed', async () => {
    const { rerender } = render(<UpdateNotice updated ready={false} onReload={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/updated since your last visit/)).toBeNull();
    rerender(<UpdateNotice updated={false} ready={false} onReload={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the waiting build over an earlier "updated" message', () => {
    render(<UpdateNotice updated ready onReload={() => {}} />);
    expect(screen.getByText('A new version of this viewer is ready.')).toBeTruthy();
    expect(screen.queryByText(/updated since your last visit/)).toBeNull();
  });
});
