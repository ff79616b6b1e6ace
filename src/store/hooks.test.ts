import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './app-store';
import {
  exportAllNotes,
  useAllNotes,
  useImports,
  useLastDeleted,
  useNoteActions,
  useNoteCount,
  useNotesFor,
  useRecovery,
  useStorageError,
} from './hooks';

const input = { version: 'us-28', label: '1', text: 'A note.', pointText: 'P' };

beforeEach(() => {
  localStorage.clear();
  appStore.setState(appStore.getInitialState(), true);
});

describe('store hooks (the app singleton)', () => {
  it('useNotesFor follows saves and deletes of its point', () => {
    const { result } = renderHook(() => useNotesFor('us-28', '1'));
    expect(result.current).toEqual([]);
    act(() => void appStore.getState().saveNote(input));
    expect(result.current.map((n) => n.text)).toEqual(['A note.']);
    const id = result.current[0]?.id ?? '';
    act(() => void appStore.getState().deleteNote(id));
    expect(result.current).toEqual([]);
  });

  it('does not re-render for notes on other points', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useNotesFor('us-28', '1');
    });
    act(() => void appStore.getState().saveNote(input));
    const before = renders;
    const first = result.current;
    act(() => void appStore.getState().saveNote({ ...input, label: '2', text: 'Elsewhere.' }));
    expect(renders).toBe(before);
    expect(result.current).toBe(first);
  });

  it('gives all notes, counts, imports, status and the last deletion', () => {
    const all = renderHook(() => useAllNotes());
    const count = renderHook(() => useNoteCount('us-28'));
    const imports = renderHook(() => useImports());
    const recovery = renderHook(() => useRecovery());
    const error = renderHook(() => useStorageError());
    const lastDeleted = renderHook(() => useLastDeleted());
    const actions = renderHook(() => useNoteActions());

    act(() => {
      actions.result.current.saveNote(input);
      actions.result.current.saveNote({ ...input, label: '2', text: 'Two.' });
    });
    expect(all.result.current.map((n) => n.label)).toEqual(['1', '2']);
    expect(count.result.current).toBe(2);
    expect(imports.result.current).toEqual([]);
    expect(recovery.result.current).toBeNull();
    expect(error.result.current).toBeNull();

    act(() => void actions.result.current.deleteNote(all.result.current[0]?.id ?? ''));
    expect(lastDeleted.result.current).toMatchObject({ kind: 'note', note: { label: '1' } });
    expect(JSON.parse(exportAllNotes())).toMatchObject({
      format: 'peace-plan-diff/notes',
      version: 1,
      notes: [{ label: '2' }],
    });
  });

  it('action hooks return the same functions across renders', () => {
    const { result, rerender } = renderHook(() => useNoteActions());
    const first = result.current;
    act(() => void appStore.getState().saveNote(input));
    rerender();
    expect(result.current).toBe(first);
  });
});
