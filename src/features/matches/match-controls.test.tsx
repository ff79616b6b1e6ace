import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { compareVersions } from '../../core/compare/compare';
import { applyDecisions, isPossibleMatch } from '../../core/compare/decisions';
import type { Row } from '../../core/compare/rows';
import type { Version } from '../../core/model/types';
import { bundledViewerData } from '../../ui/bundled-viewer-data';
import { appStore } from '../../store/app-store';
import { DataContext } from '../../ui/data-context';
import { RowView } from '../../ui/row-view';
import { MatchControls } from './match-controls';

function version(id: string, title: string, texts: string[]): Version {
  return {
    id,
    title,
    date: '2025-11-20',
    completeness: 'full-text',
    claimedPoints: texts.length,
    claimedBy: [],
    reportedBy: [],
    summary: '',
    points: texts.map((text, i) => ({ label: String(i + 1), text, topics: [], sources: [] })),
  };
}

// Point 2 reworded between two matched neighbours: a possible match.
const LEFT = version('base', 'Base draft', [
  "Ukraine's sovereignty will be confirmed.",
  'European fighter jets will be stationed in Poland.',
  'Elections will be held in Ukraine within 100 days after the signing of the agreement.',
]);
const RIGHT = version('reworded', 'Reworded leak', [
  "Ukraine's sovereignty will be confirmed.",
  'Jets of the allies are deployed to Polish airfields.',
  'Elections will be held in Ukraine within 100 days after the signing of the agreement.',
]);
const COMPARISON = compareVersions(LEFT, RIGHT, { correspondences: [] });
const POSSIBLE = COMPARISON.rows.find(isPossibleMatch)!;

/** The row as the app shows it: the reader's stored decisions applied. */
function shownRow(): Row {
  const decisions = appStore.getState().decisions;
  const decided = applyDecisions(COMPARISON, (id) => {
    const decision = decisions[id];
    return decision ? { decision, by: 'you' } : undefined;
  });
  return decided.rows.find((r) => r.left[0]?.label === '2' && r.right.length > 0) ?? POSSIBLE;
}

function ShownRow({ row }: { row: Row }) {
  return (
    <DataContext.Provider value={bundledViewerData()}>
      <ol>
        <RowView
          row={row}
          left={LEFT}
          right={RIGHT}
          mode="side-by-side"
          matchControls={(r) => <MatchControls row={r} left={LEFT} right={RIGHT} />}
        />
      </ol>
    </DataContext.Provider>
  );
}

afterEach(() => {
  for (const id of Object.keys(appStore.getState().decisions))
    appStore.getState().forgetDecision(id);
});

describe('a possible match in a row', () => {
  it('says it is a possible match and offers Confirm and Reject that name both points', () => {
    render(<ShownRow row={POSSIBLE} />);
    const row = screen.getByRole('listitem');
    expect(within(row).getByText('Possible match')).toBeTruthy();
    const group = within(row).getByRole('group', {
      name: 'Possible match: Base draft point 2 and Reworded leak point 2',
    });
    expect(
      within(group).getByRole('button', {
        name: 'Reject: Base draft point 2 and Reworded leak point 2 are not the same point',
      }),
    ).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('Confirm stores the decision; the decided row says whose decision it is and offers Undo', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ShownRow row={POSSIBLE} />);
    await user.click(
      screen.getByRole('button', {
        name: 'Confirm that Base draft point 2 and Reworded leak point 2 are the same point',
      }),
    );
    expect(Object.values(appStore.getState().decisions)).toMatchObject([
      { a: ['base:2'], b: ['reworded:2'], verdict: 'confirmed' },
    ]);
    rerender(<ShownRow row={shownRow()} />);
    const row = screen.getByRole('listitem');
    expect(row.getAttribute('data-basis')).toBe('reader');
    expect(within(row).getByText('Your decision')).toBeTruthy();
    expect(within(row).queryByText('Possible match')).toBeNull();
    expect(within(row).queryByRole('button', { name: /^Confirm/ })).toBeNull();
    await user.click(
      within(row).getByRole('button', {
        name: 'Undo your decision on Base draft point 2 and Reworded leak point 2',
      }),
    );
    expect(appStore.getState().decisions).toEqual({});
  });
});
