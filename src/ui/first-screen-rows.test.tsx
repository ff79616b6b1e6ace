import { act, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN, FirstScreenRows } from './first-screen-rows';

const items = Array.from({ length: 20 }, (_, i) => ({ key: `k${i + 1}`, text: `Row ${i + 1}` }));
const renderItem = (item: (typeof items)[number]) => (
  <li key={item.key} data-row-key={item.key} tabIndex={-1}>
    {item.text}
  </li>
);
const rendered = () => screen.queryAllByRole('listitem').length;
const noScroll = () => true;
/** The list of `items`, first screen first. */
const List = (props: { prepare?: (item: (typeof items)[number]) => void }) => (
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
    render(
      <FirstScreenRows
        items={items}
        render={renderItem}
        label="Rows"
        scrollRendered={noScroll}
        firstScreenFirst={false}
      />,
    );
    expect(rendered()).toBe(items.length);
  });
});
