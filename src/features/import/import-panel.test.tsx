import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/app-store';
import { HeldWorker } from '../../worker/held-import-worker';
import { createDraftReader } from '../../worker/import-client';
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

/** The dialog with a worker that reads only when told to, `twenty` pasted under `title`. */
async function pastedWithHeldReader(title: string) {
  HeldWorker.instances = [];
  const reader = createDraftReader(() => new HeldWorker());
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(<ImportPanel onSaved={onSaved} onClose={vi.fn()} reader={() => reader} />);
  await user.type(screen.getByLabelText('Title'), title);
  await user.click(screen.getByLabelText('Draft text'));
  await user.paste(twenty);
  return { user, onSaved, worker: () => HeldWorker.instances[0] };
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
    expect(await screen.findByRole('heading', { name: 'Preview: 20 points' })).toBeTruthy();
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
    expect(await screen.findByRole('heading', { name: 'Preview: 2 points' })).toBeTruthy();
  });

  it('explains an empty draft and keeps every field', async () => {
    const { user, onSaved } = setup();
    await user.type(screen.getByLabelText('Title'), 'Nothing yet');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('alert').textContent).toMatch(/The draft is empty/);
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Nothing yet');
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
    // The preview names the field before any save (issue #17).
    const problems = await screen.findByRole('list', { name: 'Problems to fix before saving' });
    expect(problems.textContent).toMatch(/draft\.json: date: must be an ISO date/);
    expect(screen.getByRole('heading', { name: 'Preview: JSON draft with problems' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('alert').textContent).toMatch(/draft\.json: date: must be an ISO date/);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Draft text').value).toBe(bad);
  });

  it('refuses files over 5 MB before reading them', async () => {
    const { user } = setup();
    const big = new File(['x'], 'huge.txt');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Or choose a file'), big);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'huge.txt: This file is 6 MB; the limit is 5 MB. Import the draft in parts.',
      ),
    );
  });

  it('renames and deletes an import, with undo', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    await screen.findByRole('heading', { name: 'Preview: 20 points' });
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

  it('shows the limits before anything is pasted', () => {
    setup();
    expect(screen.getByLabelText('Draft text').getAttribute('aria-describedby')).toBeTruthy();
    const limits = document.getElementById(
      screen.getByLabelText('Draft text').getAttribute('aria-describedby')!,
    );
    expect(limits?.textContent).toBe(
      'Limits: Up to 5 MB, 100,000 lines and 10,000 points (20,000 characters per point); JSON files up to 16 levels deep.',
    );
  });

  it('asks how complete the text is, partial by default, and saves the answer (issue #11)', async () => {
    const { user } = setup();
    const partial = screen.getByRole('radio', { name: /^Part of the draft, or not sure/ });
    expect((partial as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'How complete is this text?' })).toBeTruthy();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    await screen.findByRole('heading', { name: 'Preview: 20 points' });
    await user.type(screen.getByLabelText('Title'), 'Partial leak');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(appStore.getState().imports['imported-partial-leak']?.version.completeness).toBe(
      'partial-text',
    );
  });

  it('records "The full text" only when the reader says so', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    await user.click(screen.getByRole('radio', { name: /^The full text/ }));
    await screen.findByRole('heading', { name: 'Preview: 20 points' });
    await user.type(screen.getByLabelText('Title'), 'Full leak');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(appStore.getState().imports['imported-full-leak']?.version.completeness).toBe(
      'full-text',
    );
  });

  it('refuses a paste over the size limit before it reaches the text box', async () => {
    setup();
    const box = screen.getByLabelText<HTMLTextAreaElement>('Draft text');
    const big = 'x'.repeat(6 * 1024 * 1024);
    const data = { getData: (type: string) => (type === 'text/plain' ? big : '') };
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: data });
    box.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The pasted text is 6 MB; the limit is 5 MB. Import the draft in parts. Nothing was pasted; the text box keeps what it had.',
    );
    expect(box.value).toBe('');
  });

  it('says an empty file is empty', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Or choose a file'), new File([''], 'blank.txt'));
    const problems = await screen.findByRole('list', { name: 'Problems to fix before saving' });
    expect(problems.textContent).toBe(
      'blank.txt: the file is empty (0 bytes): there is no draft in it.',
    );
    expect(screen.getByRole('heading', { name: 'Preview: not read' })).toBeTruthy();
  });

  it('reads a UTF-16 file with a byte-order mark and refuses a Latin-1 one', async () => {
    const { user } = setup();
    const text = '1. Пункт перший.\n2. Second point.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    await user.upload(screen.getByLabelText('Or choose a file'), new File([utf16], 'u16.txt'));
    expect(await screen.findByRole('heading', { name: 'Preview: 2 points' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Draft text').value).toBe(text);

    const latin1 = new Uint8Array([0x31, 0x2e, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    await user.upload(screen.getByLabelText('Or choose a file'), new File([latin1], 'l1.txt'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^l1\.txt: This file is not UTF-8 text/,
      ),
    );
  });

  it('flags hidden bidirectional and zero-width characters in the preview (issue #19)', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste('1. Ukraine keeps \u202eDonbas\u202c.\n2. Plain.\n3. Zero\u200bwidth.');
    const notices = await screen.findByRole('list', { name: 'Worth knowing' });
    expect(notices.textContent).toMatch(
      /^Hidden characters: 2 bidirectional control characters .* in point 1 \(line 1\), point 3 \(line 3\)\./,
    );
  });

  it('pages a long preview instead of rendering every point', async () => {
    const { user } = setup();
    const long = Array.from({ length: 250 }, (_, i) => `${i + 1}. Item ${i + 1}.`).join('\n');
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(long);
    await screen.findByRole('heading', { name: 'Preview: 250 points' });
    const list = () => screen.getByRole('list', { name: 'Points found' });
    expect(list().children).toHaveLength(100);
    expect(screen.getByText('Points 1–100 of 250')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next 100' }));
    await user.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(screen.getByText('Points 201–250 of 250')).toBeTruthy();
    expect(list().children).toHaveLength(50);
    expect(list().lastElementChild?.textContent).toBe('250. Item 250.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next 100' }).disabled).toBe(true);
  });

  it('saves a draft when Save is pressed while it is still being read', async () => {
    // The worker reads only when told to: Save surely comes first, however slow the machine.
    const { user, onSaved, worker } = await pastedWithHeldReader('Quick save');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      screen.getByText('The draft will be saved as soon as it has been read.').getAttribute('role'),
    ).toBe('status');
    expect(onSaved).not.toHaveBeenCalled();
    await waitFor(() => expect(worker()?.inbox).toHaveLength(1));
    act(() => worker()!.runNext());
    expect(onSaved).toHaveBeenCalledWith('imported-quick-save');
    expect(appStore.getState().imports['imported-quick-save']?.version.points).toHaveLength(20);
  });

  it('saves a draft when Save is pressed as the reading ends, before the page shows it', async () => {
    // The race a browser test met under load: the worker's answer arrives, and the click is
    // handled before React renders it, so the click still sees "reading". It must save anyway.
    const { onSaved, worker } = await pastedWithHeldReader('Quick click');
    await waitFor(() => expect(worker()?.inbox).toHaveLength(1));
    const save = screen.getByRole('button', { name: 'Save draft' });
    // Outside act: the answer is handled, its render not yet done, when the click comes.
    worker()!.runNext();
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('imported-quick-click'));
    expect(screen.queryByText('The draft will be saved as soon as it has been read.')).toBeNull();
  });

  it('Stop reading keeps the text and offers to read it again', async () => {
    HeldWorker.instances = [];
    const reader = createDraftReader(() => new HeldWorker());
    const user = userEvent.setup();
    render(<ImportPanel onSaved={vi.fn()} onClose={vi.fn()} reader={() => reader} />);
    await user.click(screen.getByLabelText('Draft text'));
    await user.paste(twenty);
    await waitFor(() => expect(HeldWorker.instances[0]?.inbox).toHaveLength(1));
    expect(screen.getByRole('progressbar', { name: 'Reading the draft' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(HeldWorker.instances[0]!.terminated).toBe(true);
    expect(screen.getByRole('heading', { name: 'Preview: reading stopped' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Draft text').value).toBe(twenty);
    await user.click(screen.getByRole('button', { name: 'Read again' }));
    await waitFor(() => expect(HeldWorker.instances[1]?.inbox).toHaveLength(1));
    act(() => HeldWorker.instances[1]!.runNext());
    expect(screen.getByRole('heading', { name: 'Preview: 20 points' })).toBeTruthy();
  });
});
