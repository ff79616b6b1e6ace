/**
 * The page's long tasks with the CPU time each one took, from a Chromium trace.
 *
 * Why not the page's own PerformanceObserver('longtask') alone: it reports wall time, and the
 * suite must pass with both cores busy (issue #15). With two busy loops beside it, a task of
 * 100 ms of work can take 250 ms of wall time while the scheduler runs the loops; a budget on
 * wall time then fails for the machine, not for the app. The trace's `tdur` is the main
 * thread's own CPU time in the task (CLOCK_THREAD_CPUTIME_ID on Linux), which other processes do
 * not inflate. So a budget here is on `cpu`, and `duration` (wall) is reported beside it.
 *
 * Tasks are `RunTask` events of the page's renderer main thread (category
 * disabled-by-default-devtools.timeline, as Lighthouse reads them). Times are put on the page's
 * clock (`performance.now()`) through a user-timing mark, whose trace event carries the trace
 * clock and names the renderer's process and thread.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A task of the page's main thread, on the page's clock, in ms. */
export interface MainThreadTask {
  start: number;
  /** Wall time. */
  duration: number;
  /** The main thread's CPU time in the task. */
  cpu: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];
/** The long-task line (the Long Tasks API's): shorter tasks are not kept. */
const LONG_TASK_MS = 50;

/** The recording in progress, in this test file's browser. */
let current: { end(): Promise<void> } | null = null;

export interface MainThreadRecorder {
  /** Every long task recorded so far (page clock, ms). */
  longTasks(): Promise<MainThreadTask[]>;
  /**
   * Stop recording, keeping the long tasks so far, until `resume`. A trace slows the page it
   * records several times over: an axe audit took 7.6 s traced and under 2 s untraced here.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

/**
 * End the recording in progress without reading it (nothing more is asked of it): the trace of a
 * whole test is tens of megabytes to stream and parse, and a trace left running slows the next
 * test's page. For an `afterEach`.
 */
export async function stopRecording(): Promise<void> {
  await current?.end().catch(() => undefined);
  current = null;
}

/**
 * Start recording the page's main thread. Each `longTasks` call ends the trace, keeps its long
 * tasks, and starts a new one (the gap is the call's own, while the test is waiting), so windows
 * measured earlier can still be asked for later. One page is recorded at a time (a new recording
 * ends the last). Start before the page loads to measure its load, or once it has settled to
 * measure what follows (cheaper: the load is not traced). Tasks are placed on the clock of the
 * document open when they are asked for: no navigation between recording and asking.
 */
export async function recordMainThread(page: Page): Promise<MainThreadRecorder> {
  // Chromium traces one session at a time: the last page's recording ends here.
  await stopRecording();
  const cdp = await page.context().newCDPSession(page);
  const kept: MainThreadTask[] = [];
  let marks = 0;
  let recording = false;
  const start = async () => {
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReturnAsStream',
    });
    recording = true;
    current = {
      end: async () => {
        recording = false;
        await endTrace(cdp, { read: false });
      },
    };
  };
  const collect = async () => {
    if (!recording) return;
    const name = `e2e-main-thread-${++marks}`;
    const markAt = await page.evaluate((n) => performance.mark(n).startTime, name);
    recording = false;
    current = null;
    const events = await endTrace(cdp, { read: true });
    const mark = events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
    if (!mark) throw new Error(`the trace has no mark ${name}: cannot place its tasks`);
    // Trace clock (µs) to the page's clock (ms).
    const toPage = (ts: number) => markAt + (ts - mark.ts) / 1000;
    for (const e of events)
      if (
        e.name === 'RunTask' &&
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        (e.dur ?? 0) / 1000 >= LONG_TASK_MS
      )
        kept.push({
          start: toPage(e.ts),
          duration: (e.dur ?? 0) / 1000,
          // No thread time (a platform without thread ticks): count the wall time.
          cpu: (e.tdur ?? e.dur ?? 0) / 1000,
        });
  };
  await start();
  return {
    async longTasks() {
      const wasRecording = recording;
      await collect();
      if (wasRecording) await start();
      return [...kept];
    },
    pause: collect,
    async resume() {
      if (!recording) {
        await stopRecording();
        await start();
      }
    },
  };
}

async function endTrace(cdp: CDPSession, { read }: { read: boolean }): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!read) {
    await cdp.send('IO.close', { handle: stream });
    return [];
  }
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const trace = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(trace) ? trace : trace.traceEvents;
}
