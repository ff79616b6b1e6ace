// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultView, historyModeFor, referencedVersions, type ViewState } from './view-state';

const base: ViewState = {
  ...defaultView({ left: 'us-28', right: 'geneva-19' }),
  right: 'e3-counter',
};

describe('historyModeFor: navigations push, adjustments replace', () => {
  it.each<[string, Partial<ViewState>, 'push' | 'replace']>([
    ['nothing changed', {}, 'replace'],
    ['left version', { left: 'geneva-19' }, 'push'],
    ['right version', { right: 'us-28' }, 'push'],
    ['panel kind', { panel: { kind: 'timeline', selected: [] } }, 'push'],
    ['back to compare', { panel: { kind: 'compare' } }, 'replace'],
    ['mode', { mode: 'inline' }, 'replace'],
    ['hide unchanged', { hideUnchanged: true }, 'replace'],
    ['topic', { topic: 'nato' }, 'replace'],
    ['focus', { focus: { side: 'left', label: '3' } }, 'replace'],
  ])('%s → %s', (_, patch, expected) => {
    expect(historyModeFor(base, { ...base, ...patch })).toBe(expected);
  });

  it('within a panel: another point history pushes; selection and matrix cell replace', () => {
    const history = (label: string): ViewState => ({
      ...base,
      panel: { kind: 'history', version: 'us-28', label },
    });
    expect(historyModeFor(history('1'), history('2'))).toBe('push');
    expect(
      historyModeFor(history('1'), {
        ...history('1'),
        panel: { kind: 'history', version: 'e3-counter', label: '1' },
      }),
    ).toBe('push');
    expect(historyModeFor(history('1'), { ...history('1'), mode: 'inline' })).toBe('replace');
    const timeline = (selected: string[]): ViewState => ({
      ...base,
      panel: { kind: 'timeline', selected },
    });
    expect(historyModeFor(timeline(['us-28']), timeline(['us-28', 'e3-counter']))).toBe('replace');
    const matrix = (version: string | null): ViewState => ({
      ...base,
      panel: { kind: 'matrix', topic: 'nato', version },
    });
    expect(historyModeFor(matrix(null), matrix('us-28'))).toBe('replace');
    expect(historyModeFor(timeline([]), matrix(null))).toBe('push');
  });
});

describe('referencedVersions', () => {
  it('lists each version the view names once, sides first', () => {
    expect(referencedVersions(base)).toEqual(['us-28', 'e3-counter']);
    expect(referencedVersions({ ...base, left: 'e3-counter' })).toEqual(['e3-counter']);
    expect(
      referencedVersions({ ...base, panel: { kind: 'timeline', selected: ['a', 'us-28', 'b'] } }),
    ).toEqual(['us-28', 'e3-counter', 'a', 'b']);
    expect(
      referencedVersions({ ...base, panel: { kind: 'history', version: 'h', label: '1' } }),
    ).toEqual(['us-28', 'e3-counter', 'h']);
    expect(
      referencedVersions({ ...base, panel: { kind: 'matrix', topic: null, version: 'm' } }),
    ).toEqual(['us-28', 'e3-counter', 'm']);
    expect(
      referencedVersions({ ...base, panel: { kind: 'matrix', topic: 'nato', version: null } }),
    ).toEqual(['us-28', 'e3-counter']);
  });
});

describe('defaultView', () => {
  it('is the plain side-by-side comparison of the defaults', () => {
    expect(defaultView({ left: 'a', right: 'b' })).toEqual({
      left: 'a',
      right: 'b',
      mode: 'side-by-side',
      hideUnchanged: false,
      topic: null,
      statuses: [],
      focus: null,
      panel: { kind: 'compare' },
    });
  });
});
