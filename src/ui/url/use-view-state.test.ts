import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeView } from '../../core/url/codec';
import { packPayload } from '../../core/url/payload';
import { draft, KNOWN, makeKnown } from '../../core/url/url-fixtures';
import { useViewState, writeSearch } from './use-view-state';

function open(search: string): void {
  window.history.replaceState(null, '', `/compare${search}#top`);
}

beforeEach(() => open(''));

describe('useViewState', () => {
  it('reads the view from the address bar', () => {
    open('?v=1&l=us-28&r=e3-counter&p=r.21a');
    const { result } = renderHook(() => useViewState(KNOWN));
    expect(result.current.state).toMatchObject({
      left: 'us-28',
      right: 'e3-counter',
      focus: { side: 'right', label: '21a' },
    });
    expect(result.current.notices).toEqual([]);
  });

  it('a bad link opens a sensible view with notices, without throwing', () => {
    open('?v=99&l=nope&r=e3-counter&p=r.99&n=garbage');
    const { result } = renderHook(() => useViewState(KNOWN));
    expect(result.current.state).toMatchObject({ left: 'us-28', right: 'e3-counter', focus: null });
    expect(result.current.notices.map((n) => n.kind)).toEqual([
      'unknown-format',
      'unknown-version',
      'unknown-point',
      'bad-payload',
    ]);
  });

  it('returns the same objects while the URL is unchanged (stable snapshot)', () => {
    open('?v=1&l=us-28&r=e3-counter');
    const { result, rerender } = renderHook(() => useViewState(KNOWN));
    const first = result.current;
    rerender();
    expect(result.current.state).toBe(first.state);
    expect(result.current.notices).toBe(first.notices);
    expect(result.current.setView).toBe(first.setView);
  });

  it('version changes push a history entry, small changes replace it, the path and hash stay', () => {
    open('?v=1&l=us-28&r=e3-counter');
    const { result } = renderHook(() => useViewState(KNOWN));
    const length = window.history.length;

    act(() => result.current.setView({ right: 'geneva-19' }));
    expect(window.location.search).toBe('?v=1&l=us-28&r=geneva-19');
    expect(window.history.length).toBe(length + 1);
    expect(result.current.state.right).toBe('geneva-19');

    act(() => result.current.setView({ mode: 'inline', focus: { side: 'left', label: '3' } }));
    expect(window.location.search).toBe('?v=1&l=us-28&r=geneva-19&m=inline&p=l.3');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.pathname).toBe('/compare');
    expect(window.location.hash).toBe('#top');

    act(() => result.current.setView({ panel: { kind: 'timeline', selected: ['us-28'] } }));
    expect(window.history.length).toBe(length + 2);

    act(() => result.current.setView({ topic: 'nato' }, { history: 'push' }));
    expect(window.history.length).toBe(length + 3);
  });

  it('back and forward restore the view', async () => {
    open('?v=1&l=us-28&r=e3-counter');
    const { result } = renderHook(() => useViewState(KNOWN));
    act(() => result.current.setView({ left: 'zelensky-20' }));
    act(() => result.current.setView({ hideUnchanged: true }));
    expect(result.current.state).toMatchObject({ left: 'zelensky-20', hideUnchanged: true });

    act(() => window.history.back());
    await waitFor(() => expect(result.current.state.left).toBe('us-28'));
    expect(result.current.state.hideUnchanged).toBe(false);

    act(() => window.history.forward());
    await waitFor(() => expect(result.current.state.left).toBe('zelensky-20'));
    expect(result.current.state.hideUnchanged).toBe(true);
  });

  it('accepts a function patch; two calls in one event both apply', () => {
    open('?v=1&l=us-28&r=e3-counter');
    const { result } = renderHook(() => useViewState(KNOWN));
    act(() => {
      result.current.setView({ mode: 'inline' });
      result.current.setView((prev) => ({ ...prev, left: prev.right, right: prev.left }));
    });
    expect(result.current.state).toMatchObject({
      left: 'e3-counter',
      right: 'us-28',
      mode: 'inline',
    });
  });

  it('does not write when nothing changes', () => {
    open('?v=1&l=us-28&r=e3-counter');
    const { result } = renderHook(() => useViewState(KNOWN));
    const length = window.history.length;
    act(() => result.current.setView({ left: 'us-28' }, { history: 'push' }));
    expect(window.history.length).toBe(length);
  });

  it('all readers follow one writer', () => {
    open('?v=1&l=us-28&r=e3-counter');
    const a = renderHook(() => useViewState(KNOWN));
    const b = renderHook(() => useViewState(KNOWN));
    act(() => a.result.current.setView({ topic: 'territory' }));
    expect(b.result.current.state.topic).toBe('territory');
    expect(b.result.current.state).toBe(a.result.current.state);
    act(() => writeSearch('?v=1&l=geneva-19&r=us-28', 'replace'));
    expect(a.result.current.state.left).toBe('geneva-19');
  });

  it('keeps carrying the drafts and notes a link brought, but not the reader’s own imports (those live in storage)', () => {
    const theirs = draft('their-draft', ['1']);
    const mine = draft('my-draft', ['1', '2']);
    const known = makeKnown(undefined, undefined, [mine]);
    const note = {
      version: 'their-draft',
      label: '1',
      text: 'Look here.',
      createdAt: '2025-11-24T09:30:00.000Z',
    };
    open(`?v=2&l=us-28&r=their-draft&n=${packPayload([note])}&d=${packPayload([theirs])}`);
    const { result } = renderHook(() => useViewState(known));
    expect(result.current.shared).toEqual({ notes: [note], drafts: [theirs] });

    act(() => result.current.setView({ left: 'my-draft' }));
    const after = decodeView(window.location.search, makeKnown());
    expect(after.state.right).toBe('their-draft');
    expect(after.shared.drafts).toEqual([theirs]);
    expect(after.shared.notes).toEqual([note]);
    // The reader's own reload: their import is known, its identical copy passes silently.
    expect(result.current.notices).toEqual([]);
    expect(result.current.shared.drafts).toEqual([theirs]);
  });

  it('linkFor gives the full link, with notes only when asked', () => {
    open('?v=1&l=us-28&r=e3-counter&p=r.21a');
    const { result } = renderHook(() => useViewState(KNOWN));
    expect(result.current.linkFor().url).toBe(
      `${window.location.origin}/compare?v=1&l=us-28&r=e3-counter&p=r.21a`,
    );
    const note = {
      version: 'us-28',
      label: '1',
      text: 'Mine.',
      createdAt: '2025-11-24T09:30:00.000Z',
    };
    const link = result.current.linkFor({ notes: [note] }).url;
    expect(decodeView(new URL(link).search, KNOWN).shared.notes).toEqual([note]);
  });
});
