import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAllNotes } from '../../store/hooks';
import { appStore } from '../../store/app-store';
import { NotesDock } from './notes-dock';
import { renderWithData, resetStore, seedNote } from './test-utils';

const downloads = vi.hoisted(() => [] as Array<{ text: string; fileName: string; type: string }>);
vi.mock('../../ui/download', () => ({
  downloadText: (text: string, fileName: string, type: string) =>
    downloads.push({ text, fileName, type }),
}));

beforeEach(() => {
  resetStore();
  downloads.length = 0;
});

async function openPanel(onJump = vi.fn()) {
  const user = userEvent.setup();
  renderWithData(<NotesDock onJump={onJump} />);
  await user.click(screen.getByRole('button', { name: /^Your notes/ }));
  await screen.findByRole('searchbox', { name: 'Search notes' });
  return { user, onJump };
}

describe('notes panel', () => {
  it('lists every note by version and point, searches them, and jumps to a point', async () => {
    seedNote('a', 'us-28', '6', 'Army cap of 600,000');
    seedNote('b', 'us-28', '21a', 'Donbas withdrawal');
    seedNote('c', 'e3-counter', '6', 'Cap raised to 800,000');
    const { user, onJump } = await openPanel();
    expect(
      screen.getByRole('button', { name: 'Your notes (3)' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const us = screen.getByRole('region', { name: 'US 28-point draft' });
    expect(
      within(us)
        .getAllByText(/^Point /)
        .map((p) => p.textContent),
    ).toEqual(['Point 6', 'Point 21a']);
    expect(screen.getByRole('region', { name: 'European (E3) counter-proposal' })).toBeTruthy();
    expect(screen.getByText('Showing 3 of 3 notes.')).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'cap');
    await waitFor(() => expect(screen.getByText('Showing 2 of 3 notes.')).toBeTruthy());
    expect(screen.queryByText('Donbas withdrawal')).toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Search notes' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'E3');
    await waitFor(() => expect(screen.getByText('Showing 1 of 3 notes.')).toBeTruthy());

    await user.click(
      screen.getByRole('button', { name: 'Go to point 6 of European (E3) counter-proposal' }),
    );
    expect(onJump).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'c', version: 'e3-counter', label: '6' }),
    );
  });

  it('says when a note’s point is not in the current data, instead of hiding it', async () => {
    seedNote('gone', 'us-28', '99', 'Orphan');
    await openPanel();
    expect(screen.getByText('Point 99 — not in the current data')).toBeTruthy();
    expect(screen.getByText('Orphan')).toBeTruthy();
  });

  it('exports JSON and Markdown, and imports a file, listing bad entries by line', async () => {
    seedNote('a', 'us-28', '6', 'Army cap <b>600k</b>');
    const { user } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Export notes (JSON)' }));
    await user.click(screen.getByRole('button', { name: 'Export notes (Markdown)' }));
    expect(downloads.map((d) => [d.fileName.replace(/\d{4}-\d\d-\d\d/, 'DATE'), d.type])).toEqual([
      ['peace-plan-notes-DATE.json', 'application/json'],
      ['peace-plan-notes-DATE.md', 'text/markdown'],
    ]);
    const json = downloads[0]!.text;
    expect(json).toBe(exportAllNotes());
    expect(downloads[1]!.text).toMatch(/## US 28-point draft \(us-28\)/);
    expect(downloads[1]!.text).toContain('Army cap \\<b\\>600k\\</b\\>');

    resetStore();
    const bad = json.replace(
      '"notes": [',
      '"notes": [\n    { "id": "x", "version": "us-28", "label": "1", "text": "" },',
    );
    await user.upload(
      screen.getByLabelText('Import notes'),
      new File([bad], 'notes.json', { type: 'application/json' }),
    );
    await screen.findByText('Imported notes.json: 1 note added.');
    expect(screen.getByText(/^Line 5: Note 1: text: must not be empty/)).toBeTruthy();
    expect(exportAllNotes()).toBe(json);
    expect(Object.keys(appStore.getState().notes)).toEqual(['a']);
  });

  it('refuses a file that is not JSON, an empty one and a hostile one, each with a clear message', async () => {
    const { user } = await openPanel();
    const cases: Array<[string, string, RegExp]> = [
      ['broken.json', '{\n  "format": \n}', /broken\.json, line 3: This file is not valid JSON/],
      ['empty.json', '', /empty\.json, line 1: This file is empty: it holds no notes\./],
      [
        'deep.json',
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        /deep\.json, line 1: This is not a notes file: it is nested more than 16 levels deep/,
      ],
    ];
    for (const [name, text, message] of cases) {
      await user.upload(screen.getByLabelText('Import notes'), new File([text], name));
      const report = await screen.findByText(message);
      expect(report.textContent).toMatch(/^The notes could not be imported: /);
    }
    expect(appStore.getState().notes).toEqual({});
  });
});
