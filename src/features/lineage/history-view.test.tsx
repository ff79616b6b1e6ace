import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from './test-utils';

const downloads = vi.hoisted(() => [] as Array<{ text: string; name: string; type: string }>);
vi.mock('../../ui/download', () => ({
  downloadText: (text: string, name: string, type: string) => downloads.push({ text, name, type }),
}));

const step = (versionId: string) =>
  document.querySelector<HTMLElement>(`li.history-step[data-version-id="${versionId}"]`)!;

// Every version compared with the chosen one (15 comparisons) and rendered in jsdom: seconds on a
// loaded machine, so more than the default 5 s per test.
describe('the point history', { timeout: 30_000 }, () => {
  beforeEach(() => {
    downloads.length = 0;
  });

  it(
    'finds points by words: "amnesty" and "army" narrow the 41 points to the ones meant',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      renderPanel({ kind: 'history', version: 'us-28', label: '1' });
      const options = () =>
        [...(screen.getByLabelText('Point') as HTMLSelectElement).options].map((o) => o.value);
      expect(options()).toHaveLength(41);
      const find = screen.getByRole('searchbox', { name: 'Find a point' });
      await user.type(find, 'amnesty');
      // The open point (1) stays listed; 26 is the amnesty clause.
      expect(options()).toEqual(['1', '26']);
      expect(screen.getByText('1 of 41 points match.')).toBeTruthy();
      await user.clear(find);
      await user.type(find, 'army');
      expect(options()).toContain('6');
      await user.selectOptions(screen.getByLabelText('Point'), '6');
    },
  );

  it('shows US 6 in every version, as each comparison with the US text says, with sources', () => {
    renderPanel({ kind: 'history', version: 'us-28', label: '6' });
    expect(screen.getByLabelText('Version')).toHaveProperty('value', 'us-28');
    expect(screen.getByLabelText('Point')).toHaveProperty('value', '6');
    const list = screen.getByRole('list', { name: 'History of point 6 of the US 28-point draft' });
    expect(list.tagName).toBe('OL');
    // Every version, 15 of them up to Feb 2026.
    expect(within(list).getAllByRole('listitem', { name: /./ })).toHaveLength(15);

    const e3 = step('e3-counter');
    expect(within(e3).getByRole('heading').textContent).toBe(
      'European (E3) counter-proposal: point 6',
    );
    expect(e3.getAttribute('data-step-kind')).toBe('changed');
    expect(e3.textContent).toContain('Reported change: 600,000 → 800,000 in peacetime');
    // The E3 text is an edit of the US text: the word marks are the change.
    expect([...e3.querySelectorAll('del')].map((d) => d.textContent)).toContain(
      '[deleted: 600,000]',
    );
    expect(within(e3).getAllByRole('link', { name: /Reuters/ }).length).toBeGreaterThan(0);

    const geneva = step('geneva-19');
    expect(geneva.textContent).toContain('Disputed');
    expect(geneva.textContent).toMatch(/Reported changed:.*Reported dropped:/s);
    expect(
      within(geneva)
        .getByRole('link', { name: /ABC News/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\//);

    expect(step('trump-22').textContent).toContain('Not reported.');
    const z = step('zelensky-20');
    expect(within(z).getByRole('heading').textContent).toBe(
      '20-point framework (Zelensky, Dec 2025): point 4',
    );
    expect(z.textContent).toContain('Reported change: 600,000 → 800,000 in peacetime');
    // The 20 points are summaries: their wording is not struck through.
    expect(z.querySelectorAll('del')).toHaveLength(0);
    expect(within(z).getAllByRole('link', { name: /Suspilne/ }).length).toBeGreaterThan(0);
    expect(
      within(z)
        .getByRole('link', { name: 'Compare with 20-point framework (Zelensky, Dec 2025)' })
        .getAttribute('href'),
    ).toBe('?v=1&l=us-28&r=zelensky-20&p=l.6');
  });

  it('shows merges, open points and what is not known: US 21a, US 3', () => {
    renderPanel({ kind: 'history', version: 'us-28', label: '21a' });
    expect(step('zelensky-20').querySelector('.badge--step')!.textContent).toBe('Merged, changed');
    expect(step('geneva-19').querySelector('.badge--step')!.textContent).toBe(
      'Open: left in brackets for the leaders to decide',
    );
  });

  it('US 3 is not known in the 20 points, never "dropped"', () => {
    renderPanel({ kind: 'history', version: 'us-28', label: '3' });
    const z = step('zelensky-20');
    expect(z.getAttribute('data-step-kind')).toBe('unknown');
    expect(z.textContent).toContain('not in the 20-point summaries');
  });

  it('picks a version and a point with native selects', async () => {
    const user = userEvent.setup();
    const { patches } = renderPanel({ kind: 'history', version: 'us-28', label: '6' });
    await user.selectOptions(screen.getByLabelText('Point'), '21a');
    expect(patches.at(-1)).toEqual({ panel: { kind: 'history', version: 'us-28', label: '21a' } });
    await user.selectOptions(screen.getByLabelText('Version'), 'zelensky-20');
    expect(patches.at(-1)).toEqual({
      panel: { kind: 'history', version: 'zelensky-20', label: '1' },
    });
  });

  it('follows a step into the comparison in the page', async () => {
    const user = userEvent.setup();
    const { patches } = renderPanel({ kind: 'history', version: 'us-28', label: '6' });
    await user.click(
      screen.getByRole('link', { name: 'Compare with European (E3) counter-proposal' }),
    );
    expect(patches.at(-1)).toEqual({
      panel: { kind: 'compare' },
      left: 'us-28',
      right: 'e3-counter',
      focus: { side: 'left', label: '6' },
    });
  });

  it('exports the history as Markdown and CSV, with sources', async () => {
    const user = userEvent.setup();
    renderPanel({ kind: 'history', version: 'us-28', label: '6' });
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads.map((d) => d.name)).toEqual([
      'point-history-us-28-6.md',
      'point-history-us-28-6.csv',
    ]);
    expect(downloads[0]!.text).toMatch(/^# History of point 6, US 28-point draft/);
    expect(downloads[0]!.text).toContain('~~600,000~~ → **800,000**');
    expect(downloads[1]!.text.split('\r\n')[0]).toBe(
      'date,version_id,version,completeness,labels,compared,kind,basis,how_known,text,word_changes,sources',
    );
    expect(downloads[1]!.text).toContain('ABC News (via Caliber.az)');
  });
});
