import { useEffect, useRef } from 'react';
import type { DataState } from './use-data';

/**
 * In place of a view whose data is not here: what is loading, or what failed with Retry (never a
 * blank page). Same role and shape as the part-failure message of issue #18 (PartFailure), so a
 * PartBoundary around the view composes with it.
 */
export function DataStatus({ state }: { state: Exclude<DataState, { status: 'ready' }> }) {
  const retryButton = useRef<HTMLButtonElement>(null);
  const failed = state.status === 'failed';
  useEffect(() => {
    // Retry failed again: keep the keyboard on the button that was pressed.
    if (failed && retryButton.current && document.activeElement === document.body)
      retryButton.current.focus();
  }, [failed]);
  if (state.status === 'loading')
    return (
      <p role="status" className="data-loading">
        Loading {state.what.join(' and ')}…
      </p>
    );
  return (
    <div role="alert" className="part-failure data-failure">
      {state.errors.map((e, i) => (
        <p key={i}>{e.message}</p>
      ))}
      <p>Check the connection, then retry.</p>
      <button type="button" ref={retryButton} onClick={state.retry}>
        Retry
      </button>
    </div>
  );
}
