/**
 * A part of the page that fails (its code could not be loaded, or it threw while rendering) says
 * so in place, with Retry, and the rest of the page keeps working: React unmounts the whole root
 * on an error no boundary catches (issue #18: 8 of 15 blocked chunks blanked the page).
 */
import { Component, type ReactNode } from 'react';
import { LoadError, rearmFailedLoads } from './lazy-import';
import { reloadKeepingText } from './unsaved-text';

export interface PartFailureProps {
  /** The part in words, as the start of a sentence: "The import dialog", "Your notes". */
  part: string;
  error: unknown;
  onRetry: () => void;
  /** A sentence of the part's own for an error that is not a load failure. */
  message?: string;
}

/** The message in place of a failed part: what failed, and Retry (or Reload for a new version). */
export function PartFailure({ part, error, onRetry, message }: PartFailureProps) {
  const loading = error instanceof LoadError;
  const stale = loading && error.stale;
  return (
    <div role="alert" className="part-failure">
      <p>
        {stale
          ? `${part} could not be loaded: a new version is available — reload. Your view and unsaved text are kept.`
          : loading
            ? `${part} could not be loaded. Check the connection and retry.`
            : (message ??
              `${part} failed: ${error instanceof Error ? error.message : String(error)}`)}
      </p>
      <button type="button" onClick={stale ? reloadKeepingText : onRetry}>
        {stale ? 'Reload' : 'Retry'}
      </button>
    </div>
  );
}

export interface PartBoundaryProps {
  /** The part in words, as the start of a sentence: "The import dialog", "Your notes". */
  part: string;
  children: ReactNode;
  /** When one of these changes (another pair, another panel), a failure is dropped and the part renders again. */
  resetKeys?: readonly unknown[];
}

interface PartBoundaryState {
  failure: { error: unknown } | null;
  resetKeys: readonly unknown[] | undefined;
}

const sameKeys = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length === b.length && a.every((k, i) => Object.is(k, b[i]));

/**
 * An error boundary around one part of the page: on failure it shows `PartFailure` in the part's
 * place; Retry renders the part again (with `lazyWithRetry` that loads its code again). Place it
 * tightly around the part, so an open editor elsewhere is never unmounted with it.
 */
export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { failure: null, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<PartBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: PartBoundaryProps,
    state: PartBoundaryState,
  ): Partial<PartBoundaryState> | null {
    return sameKeys(props.resetKeys, state.resetKeys)
      ? null
      : { failure: null, resetKeys: props.resetKeys };
  }

  private retry = () => {
    rearmFailedLoads();
    this.setState({ failure: null });
  };

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return <PartFailure part={this.props.part} error={failure.error} onRetry={this.retry} />;
  }
}
