import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/app-store';
import { renderComparison, resetStore, seedNote } from './test-utils';
import { isLeaveWarningOn } from './leave-warning';

const point = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-point-id="${id}"]`);
  if (!el) throw new Error(`no point ${id}`);
  return within(el);
};

beforeEach(resetStore);

/** What another tab does: write its whole state; the browser tells this tab with a `storage` event. */
function otherTabWrites(state: Record<string, unknown>): void {
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'peace-plan-diff',
        newValue: JSON.stringify({ state, version: 2 }),
        storageArea: localStorage,
      }),
    );
  });
}

describe('notes under points', { timeout: 20_000 }, () => {
  it('offers "Add note to point <label>" on every point of both sides', () => {
    renderComparison('us-28', 'e3-counter');
    expect(point('us-28:21a').getByRole('button', { name: 'Add note to point 21a' })).toBeTruthy();
    expect(
      point('e3-counter:21').getByRole('button', { name: 'Add note to point 21' }),
    ).toBeTruthy();
    const points = document.querySelectorAll('[data-point-id]').length;
    expect(screen.getAllByRole('button', { name: /^Add note to point / })).toHaveLength(points);
  });

  it('adds, edits, deletes and undoes a note, keyboard only', async () => {
    const user = userEvent.setup();
    renderComparison('us-28', 'e3-counter');
    point('us-28:6').getByRole('button', { name: 'Add note to point 6' }).focus();
    await user.keyboard('{Enter}');
    const box = point('us-28:6').getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'Army cap 600k');
    expect(point('us-28:6').getByText('13 / 10,000 characters')).toBeTruthy();
    await user.click(point('us-28:6').getByRole('button', { name: 'Save note' }));

    expect(point('us-28:6').getByText('Army cap 600k')).toBeTruthy();
    expect(
      Object.values(appStore.getState().notes).map((n) => [n.version, n.label, n.text]),
    ).toEqual([['us-28', '6', 'Army cap 600k']]);
    // Focus returns to the button that opened the editor.
    expect(document.activeElement).toBe(
      point('us-28:6').getByRole('button', { name: 'Add note to point 6' }),
    );

    await user.click(point('us-28:6').getByRole('button', { name: 'Edit note on point 6' }));
    const edit = point('us-28:6').getByRole('textbox', { name: 'Note' });
    expect((edit as HTMLTextAreaElement).value).toBe('Army cap 600k');
    await user.clear(edit);
    await user.type(edit, 'Army cap 600,000{Escape}');
    expect(point('us-28:6').getByText('Army cap 600k')).toBeTruthy();
    await user.click(point('us-28:6').getByRole('button', { name: 'Edit note on point 6' }));
    await user.clear(point('us-28:6').getByRole('textbox', { name: 'Note' }));
    await user.type(point('us-28:6').getByRole('textbox', { name: 'Note' }), 'Army cap 600,000');
    await user.click(point('us-28:6').getByRole('button', { name: 'Save note' }));
    expect(point('us-28:6').getByText('Army cap 600,000')).toBeTruthy();

    await user.click(point('us-28:6').getByRole('button', { name: 'Delete note on point 6' }));
    expect(point('us-28:6').queryByText('Army cap 600,000')).toBeNull();
    const status = screen.getByRole('status', { name: '' });
    expect(status.textContent).toMatch(/Note on US 28-point draft point 6 deleted/);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.keyboard('{Enter}');
    expect(point('us-28:6').getByText('Army cap 600,000')).toBeTruthy();
    expect(screen.getByText(/restored\./)).toBeTruthy();
  });

  it('counts up to 10,000 characters and blocks saving above', async () => {
    const user = userEvent.setup();
    renderComparison('us-28', 'e3-counter');
    await user.click(point('us-28:1').getByRole('button', { name: 'Add note to point 1' }));
    const box = point('us-28:1').getByRole('textbox', { name: 'Note' });
    fireEvent.change(box, { target: { value: 'x'.repeat(10_000) } });
    expect(point('us-28:1').getByText('10,000 / 10,000 characters')).toBeTruthy();
    expect(
      (point('us-28:1').getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    fireEvent.change(box, { target: { value: 'x'.repeat(10_001) } });
    expect(point('us-28:1').getByText('10,001 / 10,000 characters')).toBeTruthy();
    expect(
      point('us-28:1').getByText('1 character too many: shorten the note to save it.'),
    ).toBeTruthy();
    expect(
      (point('us-28:1').getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.submit(box.closest('form')!);
    expect(appStore.getState().notes).toEqual({});
  });

  it('keeps the unsaved text in the editor and says so when storage is full', async () => {
    const user = userEvent.setup();
    renderComparison('us-28', 'e3-counter');
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota;
    });
    await user.click(point('us-28:6').getByRole('button', { name: 'Add note to point 6' }));
    await user.type(point('us-28:6').getByRole('textbox', { name: 'Note' }), 'Do not lose me');
    await user.click(point('us-28:6').getByRole('button', { name: 'Save note' }));

    expect(point('us-28:6').getByRole('alert').textContent).toMatch(
      /Your note could not be saved: Browser storage for this site is full.*Your text is still here/,
    );
    expect(
      (point('us-28:6').getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value,
    ).toBe('Do not lose me');
    expect(appStore.getState().notes).toEqual({});
    expect(screen.getByRole('region', { name: 'Notes could not be saved' })).toBeTruthy();

    vi.mocked(Storage.prototype.setItem).mockRestore();
    await user.click(point('us-28:6').getByRole('button', { name: 'Save note' }));
    expect(point('us-28:6').getByText('Do not lose me')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Notes could not be saved' })).toBeNull();
  });

  it('shows a note on the aligned point of the other version, marked, with "text changed since"', () => {
    seedNote('n1', 'us-28', '6', 'Watch the army cap');
    renderComparison('us-28', 'e3-counter');
    expect(point('us-28:6').getByText('Watch the army cap')).toBeTruthy();
    const mirrored = point('e3-counter:6');
    expect(mirrored.getByText('Watch the army cap')).toBeTruthy();
    expect(mirrored.getByText(/note on US 28-point draft 6/)).toBeTruthy();
    expect(mirrored.getByText('text changed since')).toBeTruthy();
    // Read-only there: it is edited on its own point.
    expect(mirrored.queryByRole('button', { name: /Edit note/ })).toBeNull();
  });

  it('follows merged points: notes on 10a–10d show on the E3 point 10', () => {
    seedNote('a', 'us-28', '10a', 'first');
    seedNote('b', 'us-28', '10c', 'third');
    renderComparison('us-28', 'e3-counter');
    const ten = point('e3-counter:10');
    expect(ten.getByText(/note on US 28-point draft 10a/)).toBeTruthy();
    expect(ten.getByText(/note on US 28-point draft 10c/)).toBeTruthy();
  });

  it('a deletion in another tab never closes an editor holding text: it offers a new note', async () => {
    const user = userEvent.setup();
    seedNote('n1', 'us-28', '6', 'Army cap');
    renderComparison('us-28', 'e3-counter');
    await user.click(point('us-28:6').getByRole('button', { name: 'Edit note on point 6' }));
    await user.type(point('us-28:6').getByRole('textbox', { name: 'Note' }), ' of 600,000');
    expect(isLeaveWarningOn()).toBe(true);

    // Another tab deletes the note: its state arrives without it, with its tombstone.
    const deletedAt = '2025-11-26T08:00:00.000Z';
    otherTabWrites({
      notes: {},
      noteTombstones: { n1: { deletedAt } },
      imports: {},
      importTombstones: {},
    });
    expect(appStore.getState().notes).toEqual({});
    const editor = point('us-28:6').getByRole('form', { name: 'Note on point 6' });
    expect(within(editor).getByRole('alert').textContent).toMatch(
      /^This note was deleted in another tab\. Your text is still here/,
    );
    expect(
      (within(editor).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value,
    ).toBe('Army cap of 600,000');
    expect(isLeaveWarningOn()).toBe(true);

    await user.click(within(editor).getByRole('button', { name: 'Keep as a new note' }));
    const kept = Object.values(appStore.getState().notes);
    expect(kept.map((n) => [n.version, n.label, n.text])).toEqual([
      ['us-28', '6', 'Army cap of 600,000'],
    ]);
    expect(kept[0]?.id).not.toBe('n1');
    expect(point('us-28:6').queryByRole('form')).toBeNull();
    expect(point('us-28:6').getByText('Army cap of 600,000')).toBeTruthy();
    expect(isLeaveWarningOn()).toBe(false);
  });

  it('warns before the page is left while an editor holds unsaved text', async () => {
    const user = userEvent.setup();
    renderComparison('us-28', 'e3-counter');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    await user.click(point('us-28:6').getByRole('button', { name: 'Add note to point 6' }));
    expect(leave()).toBe(false); // an empty editor holds nothing
    await user.type(point('us-28:6').getByRole('textbox', { name: 'Note' }), 'Half a thought');
    expect(leave()).toBe(true);
    await user.click(point('us-28:6').getByRole('button', { name: 'Save note' }));
    expect(leave()).toBe(false);
  });

  it('shows notes saved by another tab as they arrive', () => {
    renderComparison('us-28', 'e3-counter');
    const at = '2025-11-26T08:00:00.000Z';
    const note = {
      id: 'other-tab',
      version: 'e3-counter',
      label: '6',
      text: 'From the other tab',
      pointText: '',
      createdAt: at,
      updatedAt: at,
    };
    otherTabWrites({
      notes: { [note.id]: note },
      noteTombstones: {},
      imports: {},
      importTombstones: {},
    });
    expect(point('e3-counter:6').getByText('From the other tab')).toBeTruthy();
    expect(point('us-28:6').getByText(/note on European \(E3\) counter-proposal 6/)).toBeTruthy();
  });
});
