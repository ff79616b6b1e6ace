/**
 * Validate the whole of data/ and split it into the page's files (issue #12): one per version,
 * one for the events, and the manifest the first load carries. Pure: the Vite plugin
 * (scripts/vite-data-plugin.ts) reads data/ from disk, names each file by a hash of its content,
 * and writes what this returns.
 */
import { fail, ok, type Result } from '../core/model/result';
import { parseDataset, parseEvents, type RawDataFiles } from '../core/model/schema';
import { dataIndexOf, eventsFileOf, versionFileOf, type DataManifest } from './data-files';

export interface RawDataWithEvents extends RawDataFiles {
  events: { file: string; json: unknown };
}

export interface DataBuild {
  manifest: DataManifest;
  /** File name (relative to the page, e.g. `data/us-28-3f2a9c1b0d.json`) → JSON text. */
  files: Map<string, string>;
}

/** `fileName(base, text)` names a file by its content, e.g. `data/us-28-3f2a9c1b0d.json`. */
export function splitData(
  raw: RawDataWithEvents,
  fileName: (base: string, text: string) => string,
): Result<DataBuild> {
  const parsed = parseDataset(raw);
  if (!parsed.ok) return fail([`data/ is invalid:`, ...parsed.errors]);
  const events = parseEvents(raw.events, parsed.value);
  if (!events.ok) return fail([`${raw.events.file} is invalid:`, ...events.errors]);

  const files = new Map<string, string>();
  const emit = (base: string, value: unknown): string => {
    const text = JSON.stringify(value);
    const name = fileName(base, text);
    files.set(name, text);
    return name;
  };
  const manifest: DataManifest = {
    index: dataIndexOf(parsed.value),
    files: Object.fromEntries(
      parsed.value.versions.map((v) => [v.id, emit(v.id, versionFileOf(parsed.value, v))]),
    ),
    events: emit('events', eventsFileOf(parsed.value, events.value)),
  };
  return ok({ manifest, files });
}
