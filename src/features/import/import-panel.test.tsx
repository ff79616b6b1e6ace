import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/app-store';
import ImportPanel from './import-panel';

const twenty = Array.from(
  { length: 20 },
  (_, i) => `${i + 1}. Clause ${i + 1}: the parties agree on item ${i + 1}.`,
).join('\n');

function setup() {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(<ImportPanel onSaved={onSaved} onClose={onClose} />);
  return { user, onSaved, onClose };
}

beforeEach(() => {
  localStorage.clear();
  for (const id of Object.keys(appStore.getState().imports)) appStore.getState().deleteImport(id);
});

describe('Import draft dialog', () => {
  it('previews how the pasted text was split, then saves it as an import', async () => {
    const { user, onSaved } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    expect(screen.getByRole('heading', { name: 'Preview: 20 points' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.startsWith('20.'))).toBe(
      true,
    );
    await user.type(screen.getByLabelText('Title'), 'Sunday leak');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(onSaved).toHaveBeenCalledWith('imported-sunday-leak');
    expect(appStore.getState().imports['imported-sunday-leak']?.version.points).toHaveLength(20);
  });

  it('lets the reader force another numbering style', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste('First paragraph about a ceasefire.\n\nSecond paragraph, 2. about elections.');
    await user.selectOptions(screen.getByLabelText('Numbering style'), 'paragraphs');
    expect(screen.getByRole('heading', { name: 'Preview: 2 points' })).toBeTruthy();
  });

  it('explains an empty draft and keeps every field', async () => {
    const { user, onSaved } = setup();
    await user.type(screen.getByLabelText('Title'), 'Nothing yet');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('alert').textContent).toMatch(/The draft is empty/);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Nothing yet');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says when no points can be found, and the pasted text stays', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste('   \n\n\t');
    await user.type(screen.getByLabelText('Title'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('alert').textContent).toMatch(/empty/);
  });

  it('refuses a binary file and a JSON file that fails the schema, naming the field', async () => {
    const { user } = setup();
    const pdf = new File([new Uint8Array([37, 80, 68, 70, 0, 0, 1])], 'leak.txt', {
      type: 'text/plain',
    });
    await user.upload(screen.getByLabelText('Or choose a file'), pdf);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/leak\.txt: This file is binary/),
    );

    const bad = JSON.stringify({
      id: 'x',
      title: 'X',
      date: 'yesterday',
      completeness: 'full-text',
      claimedPoints: null,
      claimedBy: [],
      reportedBy: [],
      summary: '',
      points: [],
    });
    await user.upload(
      screen.getByLabelText('Or choose a file'),
      new File([bad], 'draft.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('alert').textContent).toMatch(/draft\.json: date: must be an ISO date/);
    expect((screen.getByLabelText('Draft text') as HTMLTextAreaElement).value).toBe(bad);
  });

  it('refuses files over 5 MB before reading them', async () => {
    const { user } = setup();
    const big = new File(['x'], 'huge.txt');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Or choose a file'), big);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/huge\.txt: This file is 6\.0 MB/),
    );
  });

  it('renames and deletes an import, with undo', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    await user.type(screen.getByLabelText('Title'), 'Leak A');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await user.click(await screen.findByRole('button', { name: 'Rename Leak A' }));
    const input = screen.getByLabelText('New title for Leak A');
    await user.clear(input);
    await user.type(input, 'Leak B');
    await user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(appStore.getState().imports['imported-leak-a']?.version.title).toBe('Leak B');
    await user.click(screen.getByRole('button', { name: 'Delete Leak B' }));
    expect(appStore.getState().imports['imported-leak-a']).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(appStore.getState().imports['imported-leak-a']?.version.title).toBe('Leak B');
  });
});
