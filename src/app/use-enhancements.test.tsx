import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_NAME } from '../store/store-name';
import { useEnhancements } from './use-enhancements';

/** Long enough for an idle callback (or its timer in jsdom) and a dynamic import to settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

// The tests that load them run first: then their code is at hand, and a hook that fetched it
// too early would have it within `settle`.
describe('when the enhancements load (issue #14)', () => {
  it('at once for a reader with something stored, before any view is shown', async () => {
    window.localStorage.setItem(STORE_NAME, '{"state":{},"version":2}');
    const { result } = renderHook(() => useEnhancements(false));
    await waitFor(() => expect(result.current.module).not.toBeNull(), { timeout: 10_000 });
  });

  it('at once for a link to one of the reader’s imports', async () => {
    window.history.replaceState(null, '', '/?v=1&l=us-28&r=imported-my-draft');
    const { result } = renderHook(() => useEnhancements(false));
    await waitFor(() => expect(result.current.module).not.toBeNull(), { timeout: 10_000 });
  });

  it('for a reader with nothing stored: once the first view is shown, and then for good', async () => {
    const { result, rerender } = renderHook(({ shown }) => useEnhancements(shown), {
      initialProps: { shown: false },
    });
    await settle();
    expect(result.current.module).toBeNull();
    rerender({ shown: true });
    await waitFor(() => expect(result.current.module).not.toBeNull(), { timeout: 10_000 });
    // A new pair computing (the view no longer shown) keeps them.
    rerender({ shown: false });
    expect(result.current.module?.StoreBridge).toBeTypeOf('function');
  });
});
