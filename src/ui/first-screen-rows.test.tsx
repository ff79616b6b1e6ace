import { act, render, screen, waitFor } from '@testing-library/react';
import { createRef, memo } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN, FirstScreenRows, type FirstScreenRowsProps } from './first-screen-rows';

const items = Array.from({ length: 20 }, (_, i) => ({ key: `k${i + 1}`, text: `Row ${i + 1}` }));
const renderItem = (item: (typeof items)[number]) => (
  <li key={item.key} data-row-key={item.key} tabIndex={-1}>
    {item.text}
  </li>
);
const rendered = () => screen.queryAllByRole('listitem').length;
const noScroll = () => true;
/** The list of `items`, first screen first unless `props` say otherwise. */
const List = (props: Partial<FirstScreenRowsProps<(typeof items)[number]>>) => (
  <FirstScreenRows
    items={items}
    render={renderItem}
    label="Rows"
    scrollRendered={noScroll}
    firstScreenFirst
    {...props}
  />
);

describe('FirstScreenRows', () => {
  it('renders the first screen in the first commit, then the rest, and says the list is busy meanwhile', async () => {
    render(<List />);
    expect(rendered()).toBe(FIRST_SCREEN);
    expect(screen.getByRole('list', { name: 'Rows' }).getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(rendered()).toBe(items.length));
    expect(screen.getByRole('list', { name: 'Rows' }).hasAttribute('aria-busy')).toBe(false);
  });

  it('prepares each later row in a task of its own before its batch renders, and each row once', async () => {
    // What was on screen when each row was prepared: it must not be rendered yet.
    const prepared: Array<{ key: string; renderedThen: number }> = [];
    // Set while a task that prepared a row runs (cleared at its end): two in one task would see it.
    let inTask = false;
    let sharedTasks = 0;
    const prepare = (item: (typeof items)[number]) => {
      if (inTask) sharedTasks++;
      inTask = true;
      queueMicrotask(() => (inTask = false));
      prepared.push({ key: item.key, renderedThen: rendered() });
    };
    render(<List prepare={prepare} />);
    await waitFor(() => expect(rendered()).toBe(items.length));
    expect(sharedTasks).toBe(0);
    expect(prepared.map((p) => p.key)).toEqual(items.slice(FIRST_SCREEN).map((i) => i.key));
    for (const [i, p] of prepared.entries())
      expect(p.renderedThen).toBeLessThanOrEqual(FIRST_SCREEN + i);
  });

  it('renders a permalink row, a row scrolled to, and every row for print at once', () => {
    const ref = createRef<{ scrollToRowKey: (key: string) => boolean }>();
    const scrolled: string[] = [];
    render(
      <FirstScreenRows
        ref={ref}
        items={items}
        render={renderItem}
        label="Rows"
        focusKey="k9"
        scrollRendered={(key) => (scrolled.push(key), true)}
        firstScreenFirst
      />,
    );
    expect(rendered()).toBe(9); // up to the permalink's row
    expect(scrolled).toEqual(['k9']);
    act(() => void ref.current!.scrollToRowKey('k17'));
    expect(rendered()).toBe(items.length);
    expect(scrolled.at(-1)).toBe('k17');
  });

  it('prints every row even when printing comes before the rest is rendered', () => {
    render(<List />);
    expect(rendered()).toBe(FIRST_SCREEN);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(rendered()).toBe(items.length);
  });

  it('once whole, stays whole: a longer list (a fold opened) comes in one commit', async () => {
    const props = { render: renderItem, label: 'Rows', scrollRendered: noScroll };
    const { rerender } = render(
      <FirstScreenRows items={items.slice(0, 10)} {...props} firstScreenFirst />,
    );
    await waitFor(() => expect(rendered()).toBe(10));
    rerender(<FirstScreenRows items={items} {...props} firstScreenFirst />);
    expect(rendered()).toBe(items.length);
    expect(screen.getByRole('list', { name: 'Rows' }).hasAttribute('aria-busy')).toBe(false);
  });

  it('renders the whole list at once when not asked for the first screen first', () => {
    render(<List firstScreenFirst={false} />);
    expect(rendered()).toBe(items.length);
  });

  describe("the rows' later parts (notes, the account in words)", () => {
    /** Renders of each row, by key; a row re-renders only when its props change (memo). */
    let renders: Map<string, number>;
    const Row = memo(function Row({
      item,
      extras,
    }: {
      item: (typeof items)[number];
      extras: boolean;
    }) {
      renders.set(item.key, (renders.get(item.key) ?? 0) + 1);
      return (
        <li data-row-key={item.key}>
          {item.text}
          {extras ? <button type="button">Add note to {item.text}</button> : null}
        </li>
      );
    });
    const renderRow = (item: (typeof items)[number], extras: boolean) => (
      <Row key={item.key} item={item} extras={extras} />
    );
    const withParts = () => screen.queryAllByRole('button', { name: /^Add note/ }).length;
    const partsOf = (text: string) =>
      screen.queryByRole('button', { name: `Add note to ${text}` }) !== null;
    const WholeList = (props: { extras: boolean; focusKey?: string }) => (
      <List render={renderRow} firstScreenFirst={false} {...props} />
    );
    beforeEach(() => {
      renders = new Map();
    });

    it('reach rows already on screen first screen first, the rest in later batches, each row re-rendered once', async () => {
      const { rerender } = render(<WholeList extras={false} />);
      expect(withParts()).toBe(0);
      rerender(<WholeList extras />);
      // With their arrival: the first screen's rows only.
      expect(withParts()).toBe(FIRST_SCREEN);
      expect(partsOf('Row 1')).toBe(true);
      expect(partsOf(`Row ${FIRST_SCREEN + 1}`)).toBe(false);
      await waitFor(() => expect(withParts()).toBe(items.length));
      // Each row rendered twice: without the parts, then with them; none re-rendered for the others.
      expect([...renders.values()]).toEqual(items.map(() => 2));
    });

    it("reach a permalink's row and its neighbours with the first screen", () => {
      const { rerender } = render(<WholeList extras={false} focusKey="k15" />);
      rerender(<WholeList extras focusKey="k15" />);
      for (const n of [12, 15, 18]) expect(partsOf(`Row ${n}`)).toBe(true);
      expect(partsOf('Row 10')).toBe(false);
    });

    it('reach every row at once when the page is printed before they have all arrived', () => {
      const { rerender } = render(<WholeList extras={false} />);
      rerender(<WholeList extras />);
      expect(withParts()).toBe(FIRST_SCREEN);
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      expect(withParts()).toBe(items.length);
    });

    it('come with rows rendered after they arrived, and with every row when here from the start', async () => {
      const { rerender, unmount } = render(<List render={renderRow} extras={false} />);
      expect(rendered()).toBe(FIRST_SCREEN);
      rerender(<List render={renderRow} extras />);
      await waitFor(() => expect(rendered()).toBe(items.length));
      expect(withParts()).toBe(items.length);
      // The rows below the first screen were rendered once, with their parts.
      for (const item of items.slice(FIRST_SCREEN)) expect(renders.get(item.key)).toBe(1);
      unmount();
      renders = new Map();
      render(<WholeList extras />);
      expect(withParts()).toBe(items.length);
      expect([...renders.values()]).toEqual(items.map(() => 1));
    });
  });
});
