/** Reading the source register: the lookups and wording every view, report and the CLI share. */
import type { Source, SourceId } from './types';

/** Finds a source by id: the register's `get`, or a view's merged register with imported sources. */
export type SourceLookup = (id: SourceId) => Source | undefined;

/** What the page and the reports say after a source nobody checked (issue #19), or `null`. */
export function givenNote(source: Source): string | null {
  switch (source.givenBy) {
    case undefined:
      return null;
    case 'sender':
      return 'given by the sender, not checked';
    case 'reader':
      return 'given by you, not checked';
    default: {
      const never: never = source.givenBy;
      return never;
    }
  }
}

/** The outlet a source credits, marked when the source came with a draft and was not checked. */
export function creditedOutlet(source: Source): string {
  const note = givenNote(source);
  return note ? `${source.outlet} (${note})` : source.outlet;
}

/** Unique outlet names of the sources, in order of first mention; an unknown id stands for itself. */
export function outletsOf(ids: readonly SourceId[], lookup: SourceLookup): string[] {
  return [
    ...new Set(
      ids.map((id) => {
        const source = lookup(id);
        return source ? creditedOutlet(source) : id;
      }),
    ),
  ];
}

/** "Reported dropped" from "reported dropped". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
