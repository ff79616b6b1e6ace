/**
 * Bidi controls and right-to-left text from drafts, sources and notes are isolated wherever they
 * sit among the page's words (issue #19), so an override cannot turn the rest of a line around.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { needsIsolation } from '../core/text/isolate';
import type { Point } from '../core/model/types';
import { NoteText } from '../features/notes/note-text';
import { bundledViewerData } from '../data/bundled-viewer-data';
import { DataContext } from './data-context';
import { PointBlock } from './point-details';
import { SourceLink } from './source-link';

const RLO = '\u202E';

describe('needsIsolation', () => {
  it.each([
    ['a right-to-left override', `Axios${RLO}moc.soixa`, true],
    ['a right-to-left isolate', 'x\u2067y', true],
    ['a zero-width space', 'Ax\u200Bios', true],
    ['Hebrew', 'ישראל', true],
    ['Arabic', 'السلام', true],
    ['an astral right-to-left script (Adlam)', '\u{1E900}', true],
    ['English with quotes and dashes', 'The “28-point” plan — 600,000 troops', false],
    ['Ukrainian', 'Українська правда', false],
    ['accented Latin', 'Le Monde, Süddeutsche', false],
  ])('%s: %s', (_, text, expected) => {
    expect(needsIsolation(text)).toBe(expected);
  });
});

describe('rendering', () => {
  const data = bundledViewerData();
  const us28 = data.versionById('us-28')!;

  it('isolates a point’s label and text holding an override, and leaves plain text bare', () => {
    const hostile: Point = {
      label: `6${RLO}`,
      text: `Army capped at ${RLO}000,006`,
      topics: [],
      sources: [],
    };
    const plain: Point = { label: '7', text: 'No NATO.', topics: [], sources: [] };
    const { container } = render(
      <DataContext.Provider value={data}>
        <PointBlock version={{ ...us28, id: 'x' }} point={hostile} />
        <PointBlock version={{ ...us28, id: 'y' }} point={plain} />
      </DataContext.Provider>,
    );
    const isolated = [...container.querySelectorAll('[data-point-id="x:6\u202E"] bdi')];
    expect(isolated.map((b) => b.textContent)).toEqual([`6${RLO}`, `Army capped at ${RLO}000,006`]);
    expect(container.querySelectorAll('[data-point-id="y:7"] bdi')).toHaveLength(0);
  });

  it('isolates a source’s outlet, so its date and the next source keep their order', () => {
    const { container } = render(
      <SourceLink
        source={{ id: 'X1', outlet: `Axios${RLO}`, url: 'https://x.test/', date: '2025-12-01' }}
      />,
    );
    expect(container.querySelector('a bdi')?.textContent).toBe(`Axios${RLO}`);
    expect(container.querySelector('a')?.textContent).toBe(`Axios${RLO}, 1 Dec 2025`);
  });

  it('isolates the text of a note before a link, so the link cannot be turned around', () => {
    const { container } = render(<NoteText text={`See ${RLO}here: https://example.org/a`} />);
    expect(container.querySelector('bdi')?.textContent).toBe(`See ${RLO}here: `);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a');
  });
});
