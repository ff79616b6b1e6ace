import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderComparison, resetStore, seedNote } from './test-utils';

beforeEach(resetStore);

describe('notes not in this draft', { timeout: 20_000 }, () => {
  it('lists notes whose point has no counterpart, with the reason from the row', () => {
    seedNote('amnesty', 'us-28', '26', 'Amnesty clause');
    seedNote('first', 'us-28', '1', 'Sovereignty');
    seedNote('gone', 'us-28', '99', 'Point removed from the data');
    renderComparison('us-28', 'geneva-19');
    const section = screen.getByRole('region', { name: 'Notes not in this draft' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items.find((t) => t.includes('Amnesty clause'))).toMatch(
      /note on US 28-point draft 26 — not in this draft: point dropped in Geneva 19-point draft \(FT\) — .*DW/,
    );
    expect(items.find((t) => t.includes('Sovereignty'))).toMatch(
      /not in this draft: not reported in Geneva 19-point draft \(FT\)/,
    );
    expect(items.find((t) => t.includes('Point removed'))).toMatch(
      /point 99 is no longer in US 28-point draft/,
    );
    // The note still shows under its own point.
    expect(
      within(document.querySelector<HTMLElement>('[data-point-id="us-28:26"]')!).getByText(
        'Amnesty clause',
      ),
    ).toBeTruthy();
  });

  it('shows no section when every note follows its point', () => {
    seedNote('six', 'us-28', '6', 'Army');
    renderComparison('us-28', 'e3-counter');
    expect(screen.queryByRole('region', { name: 'Notes not in this draft' })).toBeNull();
  });
});
