import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPanel } from './test-utils';

const downloads = vi.hoisted(() => [] as Array<{ text: string; name: string }>);
vi.mock('../../ui/download', () => ({
  downloadText: (text: string, name: string) => downloads.push({ text, name }),
}));

// The whole corpus in jsdom: 16 topics × 15 versions, each cell a comparison. Seconds on a
// loaded machine, so more than the default 5 s per test.
describe('the topic matrix', { timeout: 30_000 }, () => {
  it('is a real table: versions as column headers, topics as row headers, no blank cell', () => {
    renderPanel({ kind: 'matrix', topic: null, version: null });
    const table = screen.getByRole('table', { name: 'Topics by version' });
    const cols = within(table).getAllByRole('columnheader');
    // A topic column and the 15 versions, Nov 2025 to Feb 2026.
    expect(cols).toHaveLength(16);
    expect(cols[1]!.getAttribute('scope')).toBe('col');
    const army = within(table).getByRole('rowheader', { name: /^Armed forces/ });
    expect(army.getAttribute('scope')).toBe('row');
    expect(army.textContent).toContain(
      "600,000 → 800,000 → No limits are placed on Ukraine's armed forces… → changed: 6",
    );
    for (const cell of within(table).getAllByRole('cell'))
      expect(cell.textContent?.trim()).not.toBe('');
    expect(screen.getByRole('region', { name: 'Topics by version' }).getAttribute('tabindex')).toBe(
      '0',
    );
  });

  it('marks each changed cell with what it is compared against, and opens a cell with its points', async () => {
    const user = userEvent.setup();
    const { patches } = renderPanel({ kind: 'matrix', topic: null, version: null });
    const e3 = screen.getByRole('button', {
      name: /^800,000 Point 6 Changed from US 28-point draft — Armed forces, European/,
    });
    // E3 copied US 1 word for word: unchanged from the US text, whatever came in between.
    expect(
      screen.getByRole('button', {
        name: /^The sovereignty of Ukraine is confirmed\. Point 1 Unchanged from US 28-point draft — Sovereignty, European/,
      }),
    ).toBeTruthy();
    // The guarantee framework is another document: not compared with the plan, and no mark. It
    // starts its own line, which the US–Ukraine guarantees (15 years, extendable) are compared against.
    expect(
      screen.getByRole('button', {
        name: /^10 years Points 1–5 — Security guarantees, US security-guarantee framework \(Axios\)/,
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: /^15 years.* Changed from US security-guarantee framework \(Axios\) — Security guarantees/,
      }),
    ).toBeTruthy();
    expect(e3.getAttribute('aria-pressed')).toBe('false');
    await user.click(e3);
    expect(patches.at(-1)).toEqual({
      panel: { kind: 'matrix', topic: 'armed-forces', version: 'e3-counter' },
    });
  });

  it('follows a cell to its points: the comparison focused on the point, or its history', async () => {
    const user = userEvent.setup();
    const { patches } = renderPanel({
      kind: 'matrix',
      topic: 'armed-forces',
      version: 'zelensky-20',
    });
    const details = screen.getByRole('region', {
      name: 'Armed forces in the 20-point framework (Zelensky, Dec 2025)',
    });
    expect(details.textContent).toContain('Changed, compared with US 28-point draft (changed: 6)');
    const open = within(details).getByRole('link', { name: 'Open point 4 in the comparison' });
    expect(open.getAttribute('href')).toBe('?v=1&l=us-28&r=zelensky-20&p=r.4');
    await user.click(open);
    expect(patches.at(-1)).toEqual({
      panel: { kind: 'compare' },
      left: 'us-28',
      right: 'zelensky-20',
      focus: { side: 'right', label: '4' },
    });
    await user.click(within(details).getByRole('link', { name: 'History of point 4' }));
    expect(patches.at(-1)).toEqual({
      panel: { kind: 'history', version: 'zelensky-20', label: '4' },
    });
  });

  it('a cell without points shows the earlier points by status: US 7 dropped from the 20 points, with sources', () => {
    renderPanel({ kind: 'matrix', topic: 'nato', version: 'zelensky-20' });
    const details = screen.getByRole('region', {
      name: 'NATO in the 20-point framework (Zelensky, Dec 2025)',
    });
    expect(details.textContent).toContain('Point 7 of the US 28-point draft: dropped');
    expect(details.textContent).toContain('Point 3 of the US 28-point draft: unknown');
    expect(
      within(details).getAllByRole('link', { name: /Kyiv Independent/ }).length,
    ).toBeGreaterThan(0);
  });

  it('a cell of a version without text shows the readings and links to the base points', () => {
    renderPanel({ kind: 'matrix', topic: 'armed-forces', version: 'geneva-19' });
    const details = screen.getByRole('region', {
      name: 'Armed forces in the Geneva 19-point draft (FT)',
    });
    expect(within(details).getByRole('link', { name: /ABC News/ })).toBeTruthy();
    expect(
      within(details)
        .getByRole('link', { name: 'Open point 6 of the US 28-point draft in the comparison' })
        .getAttribute('href'),
    ).toBe('?v=1&l=us-28&r=geneva-19&p=l.6');
  });

  it('exports the matrix as Markdown and CSV', async () => {
    const user = userEvent.setup();
    renderPanel({ kind: 'matrix', topic: null, version: null });
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads.map((d) => d.name)).toEqual(['topic-matrix.md', 'topic-matrix.csv']);
    expect(downloads[0]!.text).toContain('| Armed forces | 600,000 (6)');
    // A header, one line per topic × version (16 × 15), and the closing line break.
    expect(downloads[1]!.text.split('\r\n')).toHaveLength(1 + 16 * 15 + 1);
  });
});
