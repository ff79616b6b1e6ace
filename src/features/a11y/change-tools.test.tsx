import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback, useRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareVersions } from '../../core/compare/compare';
import { isChange, type Comparison, type Row } from '../../core/compare/rows';
import { describeRow } from '../../core/narrative/narrative';
import type { ViewState } from '../../core/url/view-state';
import { bundled } from '../../data/bundled';
import { CompareView, type CompareViewHandle, type CompareViewState } from '../../ui/compare-view';
import { DataContext, type ViewerData } from '../../ui/data-context';
import { bundledViewerData } from '../../data/bundled-viewer-data';
import { rowDomId, rowNarrativeId } from '../../ui/row-view';
import { ChangeTools } from './change-tools';

const data: ViewerData = bundledViewerData();

const v = (id: string) => data.versionById(id)!;
const comparison = compareVersions(v('us-28'), v('e3-counter'), bundled);
const geneva = compareVersions(v('us-28'), v('geneva-19'), bundled);
const changed = comparison.rows.filter(isChange);

const rowHref = (row: Row) => `?p=${encodeURIComponent(row.key)}`;
// One describer per comparison, as the app keeps one per pair: rows re-render only when they change.
const describers = new Map<Comparison, (row: Row) => string>();
const describerOf = (c: Comparison) => {
  let d = describers.get(c);
  if (!d) describers.set(c, (d = (row: Row) => describeRow(row, c.left, c.right, data.sources)));
  return d;
};

function Page({
  c = comparison,
  hideUnchanged = false,
}: {
  c?: Comparison;
  hideUnchanged?: boolean;
}) {
  const [text, setText] = useState('');
  const [view, setViewState] = useState<CompareViewState>({
    mode: 'side-by-side',
    hideUnchanged,
    topic: null,
    statuses: [],
    focus: null,
  });
  const ref = useRef<CompareViewHandle>(null);
  const setView = useCallback(
    (patch: Partial<ViewState>) => setViewState((s) => ({ ...s, ...patch })),
    [],
  );
  return (
    <DataContext.Provider value={data}>
      <label>
        Search notes <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <CompareView
        comparison={c}
        view={view}
        setView={setView}
        rowHref={rowHref}
        describe={describerOf(c)}
        rowsRef={ref}
        afterDigest={
          <ChangeTools
            comparison={c}
            view={view}
            reveal={(row: Row) => ref.current?.reveal(row) ?? false}
          />
        }
      />
    </DataContext.Provider>
  );
}

const focusedId = () => (document.activeElement as HTMLElement | null)?.id;
const navRegion = () => document.querySelector('.nav-status')!;

let scrolled: HTMLElement[];
beforeEach(() => {
  scrolled = [];
  // jsdom has no layout and no scrollIntoView: record the calls instead.
  Element.prototype.scrollIntoView = vi.fn(function (this: HTMLElement) {
    scrolled.push(this);
  });
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

// A whole comparison in jsdom costs about a second to render and a few hundred ms per step on
// this shared 2-core machine: these journeys press up to 13 keys.
describe('change navigation keys', { timeout: 20_000 }, () => {
  it('n / p move to the next and previous change, scroll it into view, focus and announce it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard('n');
    expect(focusedId()).toBe(rowDomId(changed[0]!));
    expect(scrolled.at(-1)?.id).toBe(rowDomId(changed[0]!));
    await user.keyboard('nn');
    expect(focusedId()).toBe(rowDomId(changed[2]!));
    expect(navRegion().textContent).toMatch(new RegExp(`^Change 3 of ${changed.length}\\. Point `));
    expect(screen.getByText(`Change 3 of ${changed.length}`)).toBeTruthy();
    await user.keyboard('p');
    expect(focusedId()).toBe(rowDomId(changed[1]!));
  });

  it('counts and visits changes only: Geneva’s 29 unreported points are folded and skipped', async () => {
    const user = userEvent.setup();
    render(<Page c={geneva} />);
    const changes = geneva.rows.filter(isChange);
    expect(changes.length).toBe(12);
    expect(screen.getByText('12 changes')).toBeTruthy();
    for (let i = 0; i < changes.length; i++) await user.keyboard('n');
    expect(focusedId()).toBe(rowDomId(changes.at(-1)!));
    expect(navRegion().textContent).toMatch(/^Change 12 of 12\. /);
    await user.keyboard('n');
    expect(navRegion().textContent).toMatch(/^No next change/);
  });

  it('skips unchanged rows and goes on from the row that has focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    // Point 5 is unchanged: folded into a line until the reader opens it.
    const five = comparison.rows.findIndex((r) => r.left[0]?.label === '5');
    expect(isChange(comparison.rows[five]!)).toBe(false);
    expect(document.getElementById(rowDomId(comparison.rows[five]!))).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show 1 point unchanged (5)' }));
    document.getElementById(rowDomId(comparison.rows[five]!))!.focus();
    await user.keyboard('n');
    const expected = comparison.rows.slice(five + 1).find(isChange)!;
    expect(focusedId()).toBe(rowDomId(expected));
  });

  it('Home and End go to the first and last change; the ends are announced, not wrapped', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard('{End}');
    expect(focusedId()).toBe(rowDomId(changed.at(-1)!));
    await user.keyboard('n');
    expect(focusedId()).toBe(rowDomId(changed.at(-1)!));
    expect(navRegion().textContent).toMatch(/^No next change/);
    await user.keyboard('{Home}');
    expect(focusedId()).toBe(rowDomId(changed[0]!));
    await user.keyboard('p');
    expect(navRegion().textContent).toMatch(/^No previous change/);
  });

  it('never fires while typing in a field, nor with Ctrl, Alt or Meta', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const field = screen.getByRole('textbox', { name: 'Search notes' });
    await user.click(field);
    await user.keyboard('np?{End}');
    expect(field).toHaveProperty('value', 'np?');
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('dialog')).toBeNull();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}n{/Control}{Alt>}n{/Alt}{Meta>}n{/Meta}');
    expect(focusedId()).not.toMatch(/^row-/);
  });

  it('the ◀ ▶ buttons do what the keys do', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(focusedId()).toBe(rowDomId(changed[1]!));
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(focusedId()).toBe(rowDomId(changed[0]!));
  });

  it('visits only the rows the filters show', async () => {
    const user = userEvent.setup();
    render(<Page hideUnchanged />);
    await user.keyboard('nn');
    expect(focusedId()).toBe(rowDomId(changed[1]!));
  });
});

describe('folds', { timeout: 20_000 }, () => {
  it('a folded run opens with its button and the rows appear', async () => {
    const user = userEvent.setup();
    render(<Page c={geneva} />);
    expect(document.getElementById(rowDomId(geneva.rows[0]!))).toBeNull();
    const open = screen.getByRole('button', { name: 'Show 2 points not reported (1–2)' });
    await user.click(open);
    expect(document.getElementById(rowDomId(geneva.rows[0]!))).not.toBeNull();
    expect(document.getElementById(rowDomId(geneva.rows[1]!))).not.toBeNull();
  });

  it('"Show every row" unfolds every run, and folds them again', async () => {
    const user = userEvent.setup();
    render(<Page c={geneva} />);
    const all = screen.getByRole('button', { name: 'Show every row' });
    await user.click(all);
    expect(document.querySelectorAll('li.row')).toHaveLength(geneva.rows.length);
    await user.click(screen.getByRole('button', { name: 'Fold quiet runs' }));
    // The 12 changes; the 29 unreported points in 7 lines (1–2, 5, 9–18, 20a–20d, 22–23, 25, 27–28).
    expect(document.querySelectorAll('li.row')).toHaveLength(12);
    expect(document.querySelectorAll('li.fold')).toHaveLength(7);
  });
});

describe('keys dialog', { timeout: 20_000 }, () => {
  it('? opens it with focus inside; Escape closes it and gives focus back; keys are off meanwhile', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard('n');
    const row = document.activeElement;
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next change')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' })),
    );
    await user.keyboard('n');
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(row);
  });

  it('opens from the "Keyboard shortcuts" button and closes with "Close"', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('narrative', { timeout: 20_000 }, () => {
  const army = comparison.rows.find((r: Row) => r.left.some((p) => p.label === '6'))!;

  it('each row is described by its account in words (aria-describedby)', () => {
    render(<Page />);
    const li = document.getElementById(rowDomId(army))!;
    expect(li.getAttribute('aria-labelledby')).toBe(`${rowDomId(army)}-title`);
    expect(li.getAttribute('aria-describedby')).toBe(rowNarrativeId(army));
    const text = document.getElementById(rowNarrativeId(army))!.textContent!;
    expect(text).toMatch(/^Point 6 \(was 6\): changed: “600,000” changed to “800,000”/);
    expect(text).toMatch(/ Reported by Reuters, an uncredited article\.$/);
  });

  it('announces the counts on entry, naming both versions', async () => {
    render(<Page />);
    const region = document.querySelector('.change-tools [role="status"]')!;
    await waitFor(() =>
      expect(region.textContent).toMatch(
        /^US 28-point draft compared with European \(E3\) counter-proposal: \d+ changed \(/,
      ),
    );
  });

  it('"Describe changes" lists every change in words, counts first, each with a way to it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByText('Describe changes'));
    const list = screen.getByRole('list', { name: 'Changes in words' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(changed.length);
    expect(
      screen.getByText(/^US 28-point draft compared with European/, {
        selector: 'p.describe-entry',
      }),
    ).toBeTruthy();
    const item = items.find((li) => li.textContent!.startsWith('Point 6 (was 6)'))!;
    expect(item.textContent).toMatch(/600,000.*800,000/);
    await user.click(within(item).getByRole('button', { name: 'Go to point 6 → 6' }));
    expect(focusedId()).toBe(rowDomId(army));
  });

  it('"Describe changes" omits the quiet rows and says how many', async () => {
    const user = userEvent.setup();
    render(<Page c={geneva} />);
    await user.click(screen.getByText('Describe changes'));
    const items = within(screen.getByRole('list', { name: 'Changes in words' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(12);
    expect(
      screen.getByText(
        /^29 points are not listed: unchanged, reported kept, unknown or not reported\.$/,
      ),
    ).toBeTruthy();
  });
});
