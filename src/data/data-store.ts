/**
 * The session cache of data files (issue #12): each version's file and the events file are
 * fetched once, when a view needs them, in parallel, and kept for the session. A failed fetch is
 * remembered as failed (so a view can say what failed) until `retry`. No React here: the page
 * subscribes through `useStoreRevision` (src/ui/use-data.ts); Node and tests use a store
 * filled synchronously from data/ (bundled-source.ts).
 */
import type { VersionEntry } from '../core/model/catalog';
import type { VersionId } from '../core/model/types';
import type { EventsFile, VersionFile } from './data-files';

/** Where the files come from: the page's static files, or data/ itself in Node. */
export interface DataFetcher {
  readonly index: readonly VersionEntry[];
  version: (id: VersionId) => Promise<VersionFile>;
  events: () => Promise<EventsFile>;
}

/** A data file that could not be fetched. The message names what, and which file, and why. */
export class DataLoadError extends Error {
  constructor(
    /** What the file holds, in words: `the text of "US 28-point draft"`. */
    readonly what: string,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Could not load ${what} (${file}: ${reason}).`);
    this.name = 'DataLoadError';
  }
}

export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: DataLoadError };

function asLoadError(error: unknown, what: string): DataLoadError {
  if (error instanceof DataLoadError) return error;
  return new DataLoadError(what, '', error instanceof Error ? error.message : String(error));
}

export class DataStore {
  private readonly versions = new Map<VersionId, Load<VersionFile>>();
  private eventsLoad: Load<EventsFile> | undefined;
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  private readyCache: { revision: number; files: VersionFile[] } | null = null;
  private readonly entries: ReadonlyMap<VersionId, VersionEntry>;

  constructor(
    private readonly fetcher: DataFetcher,
    preloaded?: { versions?: readonly VersionFile[]; events?: EventsFile },
  ) {
    this.entries = new Map(fetcher.index.map((e) => [e.id, e]));
    for (const file of preloaded?.versions ?? [])
      this.versions.set(file.version.id, { status: 'ready', value: file });
    if (preloaded?.events) this.eventsLoad = { status: 'ready', value: preloaded.events };
  }

  /** Every version on offer, without points, oldest first. */
  get index(): readonly VersionEntry[] {
    return this.fetcher.index;
  }

  entry(id: VersionId): VersionEntry | undefined {
    return this.entries.get(id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a load starts, finishes or fails (the snapshot for `useSyncExternalStore`). */
  getRevision = (): number => this.revision;

  version(id: VersionId): Load<VersionFile> | undefined {
    return this.versions.get(id);
  }

  events(): Load<EventsFile> | undefined {
    return this.eventsLoad;
  }

  /** The loaded version files, in index order; the same array until something else loads. */
  readyFiles(): readonly VersionFile[] {
    if (this.readyCache?.revision !== this.revision) {
      const files = this.fetcher.index.flatMap((e) => {
        const load = this.versions.get(e.id);
        return load?.status === 'ready' ? [load.value] : [];
      });
      this.readyCache = { revision: this.revision, files };
    }
    return this.readyCache.files;
  }

  /**
   * Start fetching every named version (and the events) not yet loaded or loading, all at once.
   * Ids not in the index are ignored; failed loads stay failed until `retry`.
   */
  request(ids: readonly VersionId[], withEvents = false): void {
    let changed = false;
    for (const id of new Set(ids)) {
      if (!this.entries.has(id) || this.versions.has(id)) continue;
      this.versions.set(id, { status: 'loading' });
      changed = true;
      const what = `the text of “${this.entries.get(id)!.title}”`;
      this.fetcher.version(id).then(
        (value) => this.settle(() => this.versions.set(id, { status: 'ready', value })),
        (error: unknown) =>
          this.settle(() =>
            this.versions.set(id, { status: 'failed', error: asLoadError(error, what) }),
          ),
      );
    }
    if (withEvents && !this.eventsLoad) {
      this.eventsLoad = { status: 'loading' };
      changed = true;
      this.fetcher.events().then(
        (value) => this.settle(() => (this.eventsLoad = { status: 'ready', value })),
        (error: unknown) =>
          this.settle(
            () =>
              (this.eventsLoad = {
                status: 'failed',
                error: asLoadError(error, 'the dated events'),
              }),
          ),
      );
    }
    if (changed) this.notify();
  }

  /** Forget the failed loads among these and fetch them again. */
  retry(ids: readonly VersionId[], withEvents = false): void {
    for (const id of ids) if (this.versions.get(id)?.status === 'failed') this.versions.delete(id);
    if (withEvents && this.eventsLoad?.status === 'failed') this.eventsLoad = undefined;
    this.request(ids, withEvents);
  }

  /** Resolves with the files once every named version is loaded; rejects with the first failure. */
  async ensure(ids: readonly VersionId[]): Promise<VersionFile[]> {
    this.retry(ids);
    const known = ids.filter((id) => this.entries.has(id));
    for (;;) {
      const loads = known.map((id) => this.versions.get(id));
      const failed = loads.find((l) => l?.status === 'failed');
      if (failed?.status === 'failed') throw failed.error;
      if (loads.every((l) => l?.status === 'ready'))
        return loads.map((l) => (l as { value: VersionFile }).value);
      await new Promise<void>((resolve) => {
        const stop = this.subscribe(() => {
          stop();
          resolve();
        });
      });
    }
  }

  private settle(apply: () => void): void {
    apply();
    this.notify();
  }

  private notify(): void {
    this.revision += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
