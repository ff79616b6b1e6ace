import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importWithRetry, lazyWithRetry, LoadError } from './lazy-import';
import { PartBoundary } from './part-boundary';
import { forgetUnsavedText } from './unsaved-text';
import { useUnsavedText } from './use-unsaved-text';

const missingChunk = (file: string) =>
  new TypeError(`Failed to fetch dynamically imported module: https://example.org/assets/${file}`);

/** A loader that fails `failures` times with a missing-chunk error, then gives `Part`. */
function flakyLoader(failures: number) {
  const calls = { count: 0 };
  const load = () => {
    calls.count++;
    return calls.count <= failures
      ? Promise.reject(missingChunk('part-1a2b.js'))
      : Promise.resolve({ default: () => <p>The part works</p> });
  };
  return { load, calls };
}

/** The server's answer to the HEAD probe of a missing chunk. */
function serverAnswers(answer: Response | 'no connection') {
  const fetch = vi.fn(() =>
    answer === 'no connection'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(answer),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetUnsavedText('');
});

describe('importWithRetry', () => {
  it('retries a failed import once, and the second try counts', async () => {
    const { load, calls } = flakyLoader(1);
    await expect(importWithRetry(load)).resolves.toHaveProperty('default');
    expect(calls.count).toBe(2);
  });

  it('after two failures, a chunk the server no longer has is a stale deploy', async () => {
    const fetch = serverAnswers(new Response('not found', { status: 404 }));
    const error: unknown = await importWithRetry(flakyLoader(2).load).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).stale).toBe(true);
    expect(fetch).toHaveBeenCalledWith(
      'https://example.org/assets/part-1a2b.js',
      expect.objectContaining({
        method: 'HEAD',
        cache: 'no-store',
        signal: expect.any(AbortSignal),
      }),
    );
  });

  it('a host that answers a missing chunk with its HTML page is a stale deploy too', async () => {
    serverAnswers(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    const error = await importWithRetry(flakyLoader(2).load).catch((e: unknown) => e);
    expect((error as LoadError).stale).toBe(true);
  });

  it('no answer from the server is the connection, not the deploy', async () => {
    serverAnswers('no connection');
    const error = await importWithRetry(flakyLoader(2).load).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).stale).toBe(false);
  });
});

describe('PartBoundary', () => {
  it('shows what failed to load in place of the part, keeps the rest, and Retry loads it', async () => {
    serverAnswers('no connection');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const { load, calls } = flakyLoader(2);
    const Part = lazyWithRetry(load);
    render(
      <>
        <p>The rest of the page</p>
        <PartBoundary part="The import dialog">
          <Suspense fallback={<p>Loading…</p>}>
            <Part />
          </Suspense>
        </PartBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The import dialog could not be loaded. Check the connection and retry.Retry',
    );
    expect(screen.getByText('The rest of the page')).toBeTruthy();
    expect(calls.count).toBe(2);
    // React reports the error the boundary caught.
    expect(logged.mock.calls.flat().filter((arg) => arg instanceof LoadError)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The part works')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.count).toBe(3);
  });

  it('offers a reload, not a retry, when a new version removed the chunk', async () => {
    serverAnswers(new Response('', { status: 404 }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Part = lazyWithRetry(flakyLoader(2).load);
    render(
      <PartBoundary part="Your notes">
        <Suspense fallback={null}>
          <Part />
        </Suspense>
      </PartBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Your notes could not be loaded: a new version is available — reload\. Your view and unsaved text are kept\./,
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('a part that throws while rendering says so; Retry renders it again', async () => {
    const user = userEvent.setup();
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('the timeline has no events');
      return <p>Timeline</p>;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    render(
      <PartBoundary part="The timeline">
        <Fragile />
      </PartBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The timeline failed: the timeline has no eventsRetry',
    );
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Timeline')).toBeTruthy();
  });

  it('forgets a failure when its reset keys change (another panel)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Panel({ kind }: { kind: string }) {
      if (kind === 'matrix') throw new Error('no topics');
      return <p>{kind}</p>;
    }
    const { rerender } = render(
      <PartBoundary part="The topic matrix" resetKeys={['matrix']}>
        <Panel kind="matrix" />
      </PartBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <PartBoundary part="The timeline" resetKeys={['timeline']}>
        <Panel kind="timeline" />
      </PartBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('timeline')).toBeTruthy();
  });

  it('an editor inside the failed part gets its text back on Retry', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Editor() {
      const [text, setText] = useUnsavedText('note:new:us-28:6', '');
      const [crash, setCrash] = useState(false);
      if (crash) throw new Error('the preview broke');
      return (
        <>
          <label>
            Note
            <textarea value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="button" onClick={() => setCrash(true)}>
            Preview
          </button>
        </>
      );
    }
    render(
      <PartBoundary part="Notes on point 6">
        <Editor />
      </PartBoundary>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Army cap 600,000');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' }).value).toBe(
      'Army cap 600,000',
    );
  });
});
