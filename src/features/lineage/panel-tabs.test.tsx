import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultView } from '../../core/url/view-state';
import { openPanel } from './open-panel';
import { PanelTabs } from './panel-tabs';
import { viewerData } from './test-utils';

describe('PanelTabs', () => {
  it('names the four views, marks the open one, and asks to switch', async () => {
    const user = userEvent.setup();
    const picked: string[] = [];
    render(<PanelTabs current="history" onSelect={(k) => picked.push(k)} />);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Compare',
      'Timeline',
      'Point history',
      'Topic matrix',
    ]);
    expect(nav.contains(buttons[0]!)).toBe(true);
    expect(screen.getByRole('button', { name: 'Point history' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(picked).toEqual(['timeline']);
  });
});

describe('openPanel', () => {
  const state = defaultView({ left: 'us-28', right: 'zelensky-20' });
  const versions = viewerData.versions;

  it('starts the point history at the focused point, else at the first point of the left version', () => {
    expect(
      openPanel('history', { ...state, focus: { side: 'right', label: '4' } }, versions),
    ).toEqual({
      kind: 'history',
      version: 'zelensky-20',
      label: '4',
    });
    expect(openPanel('history', state, versions)).toEqual({
      kind: 'history',
      version: 'us-28',
      label: '1',
    });
    expect(openPanel('history', { ...state, left: 'trump-22' }, versions)).toEqual({
      kind: 'history',
      version: 'zelensky-20',
      label: '1',
    });
  });

  it('opens the matrix on the topic filter and the timeline empty', () => {
    expect(openPanel('matrix', { ...state, topic: 'nato' }, versions)).toEqual({
      kind: 'matrix',
      topic: 'nato',
      version: null,
    });
    expect(openPanel('timeline', state, versions)).toEqual({ kind: 'timeline', selected: [] });
    expect(openPanel('compare', state, versions)).toEqual({ kind: 'compare' });
  });
});
