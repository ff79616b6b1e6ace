import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareVersions } from '../../core/compare/compare';
import { isChange, type Comparison, type Row } from '../../core/compare/rows';
import { bundled } from '../../data/bundled';
import { CompareView } from '../../ui/compare-view';
import { describeRow } from '../../core/narrative/narrative';
import { DataContext, type ViewerData } from '../../ui/data-context';
import { buildViewerData } from '../../app/viewer-data';
import { rowDomId, rowNarrativeId } from '../../ui/row-view';
import { ChangeTools } from './change-tools';

const data: ViewerData = buildViewerData([], []);

const v = (id: string) => data.versionById(id)!;
const comparison = compareVersions(v('us-28'), v('e3-counter'), bundled);
const changed = comparison.rows.filter(isChange);

function Page({
  c = comparison,
  hideUnchanged = false,
}: {
  c?: Comparison;
  hideUnchanged?: boolean;
}) {
  const [text, setText] = useState('');
  return (
    <DataContext.Provider value={data}>
      <label>
        Search notes <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <ChangeTools comparison={c} hideUnchanged={hideUnchanged} topic={null} />
      <CompareView
        comparison={c}
        mode="side-by-side"
        hideUnchanged={hideUnchanged}
        topic={null}
        focus={null}
        describe={(row) => describeRow(row, c.left, c.right, data.sources)}
      />
    </DataContext.Provider>
  );
}

const focusedId = () => (document.activeElement as HTMLElement | null)?.id;
const region = () => screen.getByRole('status');
/** The counts are announced shortly after entry; tests that read the region wait for them first. */
const entered = () => waitFor(() => expect(region().textContent).toMatch(/ compared with /));

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

describe('change navigation keys', () => {
  it('n / p move to the next and previous changed row, scroll it into view, focus and announce it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await entered();
    await user.keyboard('n');
    expect(focusedId()).toBe(rowDomId(changed[0]!));
    expect(scrolled.at(-1)?.id).toBe(rowDomId(changed[0]!));
    await user.keyboard('nn');
    expect(focusedId()).toBe(rowDomId(changed[2]!));
    expect(region().textContent).toMatch(new RegExp(`^Change 3 of ${changed.length}\\. Point `));
    await user.keyboard('p');
    expect(focusedId()).toBe(rowDomId(changed[1]!));
  });

  it('skips unchanged rows and goes on from the row that has focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const unchanged = comparison.rows.findIndex(
      (r) => r.kind === 'unchanged' && comparison.rows.indexOf(r) > 2,
    );
    document.getElementById(rowDomId(comparison.rows[unchanged]!))!.focus();
    await user.keyboard('n');
    const expected = comparison.rows.slice(unchanged + 1).find(isChange)!;
    expect(focusedId()).toBe(rowDomId(expected));
  });

  it('Home and End go to the first and last change; the ends are announced, not wrapped', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await entered();
    await user.keyboard('{End}');
    expect(focusedId()).toBe(rowDomId(changed.at(-1)!));
    await user.keyboard('n');
    expect(focusedId()).toBe(rowDomId(changed.at(-1)!));
    expect(region().textContent).toMatch(/^No next change/);
    await user.keyboard('{Home}');
    expect(focusedId()).toBe(rowDomId(changed[0]!));
    await user.keyboard('p');
    expect(region().textContent).toMatch(/^No previous change/);
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

  it('the buttons do what the keys do', async () => {
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

describe('keys dialog', () => {
  it('? opens it with focus inside; Escape closes it and gives focus back; keys are off meanwhile', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard('n');
    const row = document.activeElement;
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next change')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
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
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('narrative', () => {
  const army = comparison.rows.find((r: Row) => r.left.some((p) => p.label === '6'))!;

  it('each row is described by its account in words (aria-describedby)', () => {
    render(<Page />);
    const li = document.getElementById(rowDomId(army))!;
    expect(li.getAttribute('aria-labelledby')).toBe(`${rowDomId(army)}-title`);
    expect(li.getAttribute('aria-describedby')).toBe(rowNarrativeId(army));
    const text = document.getElementById(rowNarrativeId(army))!.textContent!;
    expect(text).toMatch(/^Point 6 \(was 6\): changed: “600,000” changed to “800,000”/);
    expect(text).toMatch(/Reported by Reuters, an uncredited article\.$/);
  });

  it('announces the counts on entry, naming both versions', async () => {
    render(<Page />);
    await waitFor(() =>
      expect(region().textContent).toMatch(
        /^US 28-point draft compared with European \(E3\) counter-proposal: \d+ changed \(\d+ reported, \d+ inferred\), \d+ dropped \(reported\), /,
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
});
