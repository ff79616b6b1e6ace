import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, as after a page load (it reads the stash once, when loaded). */
const load = async () => {
  vi.resetModules();
  const [store, hook] = await Promise.all([import('./unsaved-text'), import('./use-unsaved-text')]);
  return { ...store, ...hook };
};

afterEach(() => sessionStorage.clear());

describe('unsaved text', () => {
  it('survives a reload: stashed in this tab, given back once, then gone from storage', async () => {
    const before = await load();
    const editor = renderHook(() => before.useUnsavedText('note:new:us-28:6', ''));
    const dialog = renderHook(() => before.useUnsavedText('import:text', ''));
    act(() => editor.result.current[1]('Army cap 600,000'));
    act(() => dialog.result.current[1]('1. First point\n2. Second point'));
    vi.spyOn(console, 'error').mockImplementation(() => {}); // jsdom cannot navigate
    before.reloadKeepingText();

    const after = await load();
    expect(sessionStorage.length).toBe(0);
    expect(after.hasUnsavedText('note:new:us-28:6')).toBe(true);
    expect(after.hasUnsavedText('import:')).toBe(true);
    expect(after.hasUnsavedText('note:new:us-28:6a')).toBe(false);
    expect(renderHook(() => after.useUnsavedText('import:text', '')).result.current[0]).toBe(
      '1. First point\n2. Second point',
    );
  });

  it('holds nothing for a field left empty or at its first value, and forgets on save or cancel', async () => {
    const m = await load();
    const title = renderHook(() => m.useUnsavedText('import:title', ''));
    const edit = renderHook(() => m.useUnsavedText('note:edit:n1', 'Old text'));
    act(() => title.result.current[1]('Draft'));
    act(() => title.result.current[1](''));
    act(() => edit.result.current[1]('Old text!'));
    act(() => edit.result.current[1]('Old text'));
    expect(m.hasUnsavedText('')).toBe(false);

    act(() => title.result.current[1]('Draft'));
    act(() => edit.result.current[1]('New text'));
    m.forgetUnsavedText('import:');
    expect(m.hasUnsavedText('import:title')).toBe(false);
    expect(m.hasUnsavedText('note:edit:n1')).toBe(true);
  });

  it('ignores a stash that is not its own shape', async () => {
    sessionStorage.setItem('peace-plan-diff:unsaved-text', '{"__proto__":{"x":1}}');
    expect((await load()).hasUnsavedText('')).toBe(false);
    sessionStorage.setItem('peace-plan-diff:unsaved-text', '[["a",1],["b","kept"],"c"]');
    const m = await load();
    expect(m.hasUnsavedText('a')).toBe(false);
    expect(m.hasUnsavedText('b')).toBe(true);
  });
});
