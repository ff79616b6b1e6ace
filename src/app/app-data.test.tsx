import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundledFetcher } from '../data/bundled-source';
import { DataLoadError, DataStore, type DataFetcher } from '../data/data-store';
import { App } from './app';

/** The page's fetcher, answering from data/, recording requests, failing the ids in `down`. */
function recordingFetcher(down: Set<string>) {
  const calls: string[] = [];
  const fetcher: DataFetcher = {
    index: bundledFetcher.index,
    version: (id) => {
      calls.push(id);
      return down.has(id)
        ? Promise.reject(
            new DataLoadError(
              `the text of “${bundledFetcher.index.find((e) => e.id === id)!.title}”`,
              `data/${id}-0123456789.json`,
              'the server answered 503',
            ),
          )
        : bundledFetcher.version(id);
    },
    events: bundledFetcher.events,
  };
  return { fetcher, calls };
}

function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

// jsdom has no layout: scrolling a focused point into view is a no-op here.
const scrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterAll(() => {
  if (scrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', scrollIntoView);
  else delete (Element.prototype as Partial<Element>).scrollIntoView;
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

/** The whole page renders in jsdom here: role queries over it are slow on a loaded machine. */
const SLOW = { timeout: 20_000 };

describe('the page fetches each version when a view needs it (issue #12)', SLOW, () => {
  it('opens a permalink to a 2026 document at its focused point, fetching only what it needs', async () => {
    openLink('?v=1&l=us-28&r=paris-declaration&p=r.3');
    const { fetcher, calls } = recordingFetcher(new Set());
    render(<App store={new DataStore(fetcher)} />);
    await screen.findByRole(
      'heading',
      { name: /Right version: ?Paris Declaration on security guarantees/ },
      SLOW,
    );
    expect(document.querySelector('[data-point-id="paris-declaration:3"]')).not.toBeNull();
    // The pair, and the 20 points both are linked to (the comparison is joined through them).
    expect([...calls].sort()).toEqual(['paris-declaration', 'us-28', 'zelensky-20']);
    // The link kept its focused point: the point was checked once the document had loaded.
    expect(window.location.search).toContain('p=r.3');
    expect(screen.queryByText(/not in this version/)).toBeNull();
  });

  it('says what failed to load, with Retry; Retry brings the comparison', async () => {
    const user = userEvent.setup();
    openLink('?v=1&l=us-28&r=eu-24');
    const down = new Set(['eu-24']);
    const { fetcher, calls } = recordingFetcher(down);
    render(<App store={new DataStore(fetcher)} />);
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain(
      'Could not load the text of “European 24-point plan (The Telegraph)” (data/eu-24-0123456789.json: the server answered 503).',
    );
    // The rest of the page is there: header, pickers.
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Right version').value).toBe('eu-24');

    down.clear();
    await act(() => user.click(screen.getByRole('button', { name: 'Retry' })));
    await screen.findByRole('heading', { name: /Right version: ?European 24-point plan/ }, SLOW);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.filter((id) => id === 'eu-24')).toHaveLength(2);
    // US 6 (600,000) is shown against the European "no limits" point.
    expect(document.querySelector('[data-point-id="eu-24:11"]')?.textContent).toMatch(/No limits/);
  });

  it('names the pair in the heading while its files load, and keeps that heading when they arrive', async () => {
    openLink('?v=1&l=us-28&r=e3-counter');
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const fetcher: DataFetcher = {
      ...bundledFetcher,
      version: (id) => arrived.then(() => bundledFetcher.version(id)),
    };
    render(<App store={new DataStore(fetcher)} />);
    const title =
      'What changed from US 28-point draft (full text) to European (E3) counter-proposal (partial text)';
    const loading = await screen.findByRole('region', { name: title }, SLOW);
    expect(loading.querySelector('[role="status"]')?.textContent).toBe(
      'Loading “US 28-point draft” and “European (E3) counter-proposal”…',
    );
    // Not yet the digest: nothing claims a change before the texts are here.
    expect(document.querySelector('[data-digest]')).toBeNull();

    release();
    await screen.findByText(/^Changed/, { selector: '.digest .badge' }, SLOW);
    const digest = document.querySelector('[data-digest]')!;
    expect(digest.querySelector('h2')?.textContent).toBe(title);
    expect(screen.queryByText(/^Loading “/)).toBeNull();
  });

  it('groups the pickers by kind of document', async () => {
    openLink('?v=1&l=us-28&r=zelensky-20');
    render(<App store={new DataStore(recordingFetcher(new Set()).fetcher)} />);
    const picker = await screen.findByLabelText<HTMLSelectElement>('Left version', {}, SLOW);
    const groups = [...picker.querySelectorAll('optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.value),
    ]);
    expect(groups).toEqual([
      [
        'Drafts of the peace plan',
        [
          'us-28',
          'e3-counter',
          'eu-24',
          'geneva-framework',
          'geneva-19',
          'trump-22',
          'zelensky-20-count',
          'us-ru-27',
          'ua-revision-dec',
          'zelensky-20',
        ],
      ],
      [
        'Security-guarantee documents (not drafts of the plan)',
        ['us-sg-axios', 'us-ua-guarantees', 'paris-declaration'],
      ],
      ['Economic frameworks (not drafts of the plan)', ['prosperity-framework']],
      ['Position papers (demands, not drafts of the plan)', ['eu-core-interests']],
    ]);
  });
});
