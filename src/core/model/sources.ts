/** Reading the source register: the lookups and wording every view, report and the CLI share. */
import type { Source, SourceId } from './types';

/** Finds a source by id: the register's `get`, or a view's merged register with imported sources. */
export type SourceLookup = (id: SourceId) => Source | undefined;

/** Unique outlet names of the sources, in order of first mention; an unknown id stands for itself. */
export function outletsOf(ids: readonly SourceId[], lookup: SourceLookup): string[] {
  return [...new Set(ids.map((id) => lookup(id)?.outlet ?? id))];
}

/** "Reported dropped" from "reported dropped". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
