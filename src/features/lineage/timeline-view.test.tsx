import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPanel } from './test-utils';

describe('the timeline', () => {
  it('lists every version and event on one dated, ordered line with completeness and reporters', () => {
    renderPanel({ kind: 'timeline', selected: [] });
    const line = screen.getByRole('list', { name: 'Versions and events, oldest first' });
    expect(line.tagName).toBe('OL');
    const items = [...line.children] as HTMLElement[];
    // 15 versions and 25 events, November 2025 to February 2026.
    expect(items.length).toBe(15 + 25);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { name: 'US 28-point draft' })).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2025-11-20');
    expect(first.textContent).toMatch(/Plan draft/);
    expect(first.textContent).toMatch(/Full text/);
    expect(first.textContent).toMatch(/Reported by: .*Axios/);
    const berlin = items.find((li) => li.textContent?.includes('Berlin talks'))!;
    expect(berlin.textContent).toContain('Reported event, no draft text');
    expect(items.at(-1)!.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-27');
  });

  it('says in words what each document is, so a declaration never reads as a draft', () => {
    renderPanel({ kind: 'timeline', selected: [] });
    const entry = (title: string) =>
      screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    expect(
      within(
        entry('Paris Declaration on security guarantees (Coalition of the Willing and Ukraine)'),
      ).getByText('Security-guarantee document'),
    ).toBeTruthy();
    expect(
      within(entry('EU–US prosperity framework for Ukraine (18 pages)')).getByText(
        'Economic framework',
      ),
    ).toBeTruthy();
    expect(
      within(entry('EU paper: "European Core Interests" for a peace settlement')).getByText(
        'Position paper',
      ),
    ).toBeTruthy();
    expect(
      within(entry('European 24-point plan (The Telegraph)')).getByText('Plan draft'),
    ).toBeTruthy();
    expect(
      within(entry('US 27-point document passed to Moscow')).getByText('Point count only'),
    ).toBeTruthy();
  });

  it('selects two versions by checkbox, then "Compare selected" opens them, older on the left', async () => {
    const user = userEvent.setup();
    const { patches, unmount } = renderPanel({ kind: 'timeline', selected: [] });
    expect(screen.getByRole('button', { name: 'Compare selected' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Select European (E3) counter-proposal' }),
    );
    expect(patches.at(-1)).toEqual({ panel: { kind: 'timeline', selected: ['e3-counter'] } });
    unmount();

    const second = renderPanel({ kind: 'timeline', selected: ['zelensky-20', 'us-28'] });
    expect(screen.getByRole('checkbox', { name: 'Select US 28-point draft' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Selected: US 28-point draft and 20-point framework (Zelensky, Dec 2025)',
    );
    await user.click(screen.getByRole('button', { name: 'Compare selected' }));
    expect(second.patches.at(-1)).toEqual({
      panel: { kind: 'compare' },
      left: 'us-28',
      right: 'zelensky-20',
      focus: null,
    });
  });
});
