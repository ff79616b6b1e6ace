import { act, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RowList, type VirtualRowsHandle } from './row-list';
import { VirtualRows } from './virtual-rows';
import type { Row } from '../core/compare/rows';

// jsdom has no layout: give the list and its items the geometry of a real page. The list starts
// 300 px down the document; every item is ROW px tall; the viewport is VIEW px high.
const LIST_TOP = 300;
const ROW = 100;
const VIEW = 800;
let scrollY = 0;

function setScroll(y: number) {
  scrollY = Math.max(0, y);
  window.dispatchEvent(new Event('scroll'));
}

/** Scroll, and let the deferred overscan render too. */
async function scrollAndSettle(y: number) {
  await act(async () => {
    setScroll(y);
    await new Promise((r) => setTimeout(r, 0));
  });
}

beforeEach(() => {
  scrollY = 0;
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  vi.spyOn(window, 'innerHeight', 'get').mockImplementation(() => VIEW);
  vi.spyOn(window, 'scrollTo').mockImplementation((arg: ScrollToOptions | number, y?: number) => {
    scrollY = typeof arg === 'number' ? (y ?? 0) : (arg.top ?? 0);
  });
  vi.spyOn(window, 'scrollBy').mockImplementation((_x: number, dy: number) => {
    scrollY += dy;
  });
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrollY += this.getBoundingClientRect().top - (VIEW - ROW) / 2;
  });
  // Rows sit below the list's top padding (which stands in for the rows before them), ROW px each.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const listTop = LIST_TOP - scrollY;
    let top = 0;
    let height = 0;
    if (this.tagName === 'OL') {
      top = listTop;
      height =
        parseFloat(this.style.paddingTop || '0') +
        this.children.length * ROW +
        parseFloat(this.style.paddingBottom || '0');
    } else if (this.dataset.rowKey !== undefined && this.parentElement) {
      const list = this.parentElement;
      const index = Array.prototype.indexOf.call(list.children, this);
      top = listTop + parseFloat(list.style.paddingTop || '0') + index * ROW;
      height = ROW;
    }
    return {
      top,
      bottom: top + height,
      height,
      left: 0,
      right: 0,
      width: 0,
      x: 0,
      y: top,
      toJSON: () => ({}),
    };
  });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

interface Item {
  key: string;
}
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ key: `row-${i + 1}` }));
const renderItem = (item: Item) => (
  <li key={item.key} data-row-key={item.key} tabIndex={-1}>
    {item.key}
  </li>
);

function rendered(container: HTMLElement) {
  const lis = Array.from(container.querySelectorAll<HTMLLIElement>('li[data-row-key]'));
  return {
    count: lis.length,
    first: Number(lis[0]?.getAttribute('aria-posinset')),
    last: Number(lis.at(-1)?.getAttribute('aria-posinset')),
    lis,
  };
}

describe('VirtualRows', () => {
  it('renders only the rows near the viewport, with list semantics for the whole list', () => {
    const { container, getByRole } = render(
      <VirtualRows rows={items(1000)} renderRow={renderItem} label="Rows" />,
    );
    const r = rendered(container);
    expect(getByRole('list', { name: 'Rows' })).toBeTruthy();
    expect(r.first).toBe(1);
    // viewport 800 px + 900 px overscan below, minus the 300 px above the list: ~14 rows of 100 px.
    expect(r.count).toBeGreaterThan(5);
    expect(r.count).toBeLessThan(30);
    expect(r.lis[0]!.getAttribute('aria-setsize')).toBe('1000');
    // The padding below stands in for the rows never rendered, at the estimated 160 px each.
    const list = getByRole('list') as HTMLOListElement;
    expect(parseFloat(list.style.paddingTop)).toBe(0);
    expect(parseFloat(list.style.paddingBottom)).toBe((1000 - r.count) * 160);
  });

  it('moves the window as the page scrolls, and reaches the last row', async () => {
    const { container, getByRole } = render(
      <VirtualRows rows={items(1000)} renderRow={renderItem} label="Rows" />,
    );
    const list = getByRole('list') as HTMLOListElement;
    const inView = () =>
      rendered(container).lis.filter((li) => {
        const rect = li.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < VIEW;
      });

    await scrollAndSettle(LIST_TOP + 60_000);
    const r = rendered(container);
    expect(r.first).toBeGreaterThan(200);
    expect(r.count).toBeLessThan(30);
    // Contiguous, labelled with their places in the whole list, and covering the viewport.
    expect(r.lis.map((li) => li.dataset.rowKey)).toEqual(
      Array.from({ length: r.count }, (_, i) => `row-${r.first + i}`),
    );
    expect(inView().length).toBeGreaterThanOrEqual(VIEW / ROW);
    // The rows before the window are padding: at least 100 px each (measured), at most 160 (estimated).
    expect(parseFloat(list.style.paddingTop)).toBeGreaterThanOrEqual((r.first - 1) * ROW);
    expect(parseFloat(list.style.paddingTop)).toBeLessThanOrEqual((r.first - 1) * 160);

    // Scroll to the bottom of the page (the list's height changes as rows are measured).
    for (let i = 0; i < 5; i++)
      await scrollAndSettle(LIST_TOP + list.getBoundingClientRect().height - VIEW);
    const end = rendered(container);
    expect(end.last).toBe(1000);
    expect(end.count).toBeLessThan(30);
    expect(parseFloat(list.style.paddingBottom)).toBe(0);
  });

  it('keeps the first visible row in place when rows above it turn out shorter than estimated', async () => {
    const { container } = render(
      <VirtualRows rows={items(1000)} renderRow={renderItem} label="Rows" />,
    );
    await scrollAndSettle(LIST_TOP + 40_000);
    // Scrolling up renders rows above, which measure 100 px instead of 160: the page must not jump.
    const before = rendered(container).lis.find((li) => li.getBoundingClientRect().bottom > 0)!;
    const key = before.dataset.rowKey;
    const top = before.getBoundingClientRect().top;
    await scrollAndSettle(scrollY - 1500);
    const same = rendered(container).lis.find((li) => li.dataset.rowKey === key)!;
    expect(same.getBoundingClientRect().top).toBeCloseTo(top + 1500, 0);
  });

  it('scrolls a row that is not rendered into view, and focuses it', () => {
    const ref = createRef<VirtualRowsHandle>();
    const { container } = render(
      <VirtualRows ref={ref} rows={items(1000)} renderRow={renderItem} label="Rows" />,
    );
    expect(container.querySelector('[data-row-key="row-900"]')).toBeNull();
    act(() => {
      expect(ref.current!.scrollToRowKey('row-900', { focus: true })).toBe(true);
    });
    const target = container.querySelector<HTMLElement>('[data-row-key="row-900"]');
    expect(target).not.toBeNull();
    expect(target!.getAttribute('aria-posinset')).toBe('900');
    expect(document.activeElement).toBe(target);
    expect(ref.current!.scrollToRowKey('no-such-row')).toBe(false);
  });

  it('scrolls to a permalink’s row on mount (focusKey)', () => {
    const { container } = render(
      <VirtualRows rows={items(1000)} renderRow={renderItem} label="Rows" focusKey="row-640" />,
    );
    expect(container.querySelector('[data-row-key="row-640"]')).not.toBeNull();
    expect(scrollY).toBeGreaterThan(LIST_TOP + 600 * ROW);
  });
});

describe('RowList', () => {
  const asRows = (n: number) => items(n) as unknown as Row[];
  const renderRow = renderItem as unknown as (row: Row) => React.ReactNode;

  it('renders up to 300 rows whole, and virtualises longer lists', () => {
    const { container, unmount } = render(
      <RowList rows={asRows(300)} renderRow={renderRow} label="Rows" />,
    );
    expect(container.querySelectorAll('li')).toHaveLength(300);
    unmount();
    const big = render(<RowList rows={asRows(301)} renderRow={renderRow} label="Rows" />);
    expect(big.container.querySelectorAll('li').length).toBeLessThan(40);
  });

  it('scrolls to a row of a whole list through the same handle', () => {
    const ref = createRef<VirtualRowsHandle>();
    const { container } = render(
      <RowList ref={ref} rows={asRows(20)} renderRow={renderRow} label="Rows" />,
    );
    expect(ref.current!.scrollToRowKey('row-12', { focus: true })).toBe(true);
    expect(document.activeElement).toBe(container.querySelector('[data-row-key="row-12"]'));
  });
});
