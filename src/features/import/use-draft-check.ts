import { useEffect, useRef, useState } from 'react';
import type { DraftCheck, DraftInput } from '../../core/text/check-draft';
import { sharedDraftReader, type DraftReader } from '../../worker/import-client';

/** Where the reading of the dialog's current text stands. */
export type ReadState =
  | { status: 'idle' }
  | { status: 'reading'; progress: number; message: string }
  | { status: 'stopped' }
  | { status: 'failed'; message: string }
  | { status: 'done'; check: DraftCheck };

interface Answer {
  input: DraftInput;
  attempt: number;
  state: ReadState;
}

/** Typing restarts the read after this pause; a paste or a file lands in one change anyway. */
export const READ_DELAY_MS = 150;

/**
 * Reads and checks `input` in the import worker (never on the main thread), with progress; a new
 * input cancels the read of the old one. `stop` cancels the running read and keeps the text;
 * `retry` reads the same input again. Pass a memoised `input` (null when there is no text): a new
 * object starts a new read.
 */
export function useDraftCheck(
  input: DraftInput | null,
  {
    onDone,
    reader = sharedDraftReader,
  }: {
    /** Called with each finished check, from the worker's message (not from a render). */
    onDone?: (check: DraftCheck) => void;
    reader?: () => DraftReader;
  } = {},
): {
  state: ReadState;
  stop: () => void;
  retry: () => void;
  /**
   * The finished check of the current input, as soon as the worker answers: `state` shows it
   * only once React has rendered the answer, and a click handled in between still sees
   * "reading" (it then waited for an answer that had already come).
   */
  finished: () => DraftCheck | null;
} {
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  });
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const stopRef = useRef<() => void>(() => {});
  const doneRef = useRef<{ input: DraftInput; attempt: number; check: DraftCheck } | null>(null);

  useEffect(() => {
    if (!input) return;
    let cancel = () => {};
    let live = true;
    const reply = (state: ReadState) => live && setAnswer({ input, attempt, state });
    const timer = setTimeout(() => {
      reply({ status: 'reading', progress: 0, message: 'Starting to read…' });
      cancel = reader().read(input, {
        onProgress: (progress, message) => reply({ status: 'reading', progress, message }),
        onDone: (check) => {
          if (live) doneRef.current = { input, attempt, check };
          reply({ status: 'done', check });
          if (live) onDoneRef.current?.(check);
        },
        onError: (message) => reply({ status: 'failed', message }),
      });
    }, READ_DELAY_MS);
    stopRef.current = () => {
      clearTimeout(timer);
      cancel();
      reply({ status: 'stopped' });
    };
    return () => {
      live = false;
      clearTimeout(timer);
      cancel();
    };
  }, [input, attempt, reader]);

  let state: ReadState = { status: 'idle' };
  if (input) {
    state =
      answer && answer.input === input && answer.attempt === attempt
        ? answer.state
        : { status: 'reading', progress: 0, message: 'Starting to read…' };
  }
  return {
    state,
    stop: () => stopRef.current(),
    retry: () => setAttempt((a) => a + 1),
    finished: () => {
      const done = doneRef.current;
      return done && done.input === input && done.attempt === attempt ? done.check : null;
    },
  };
}
