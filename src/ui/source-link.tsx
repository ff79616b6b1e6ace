import { givenNote } from '../core/model/sources';
import type { Source } from '../core/model/types';
import { Isolate } from './isolate';

/** Only https links ever reach the DOM as links; anything else is shown as plain text. */
export function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const month = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ][m - 1];
  return `${d} ${month} ${y}`;
}

/**
 * One source: outlet, site and date, linked when https. Outlet and site are isolated (`Isolate`),
 * and a source that came with a draft is followed by "given by the sender, not checked".
 */
export function SourceLink({ source }: { source: Source }) {
  const href = safeHttpsUrl(source.url);
  const when = `${source.dateApproximate ? 'c. ' : ''}${formatDate(source.date)}`;
  const given = givenNote(source);
  const label = (
    <>
      <Isolate text={source.outlet} />
      {source.site ? ' via ' : null}
      {source.site ? <Isolate text={source.site} /> : null}
      {`, ${when}`}
    </>
  );
  return (
    <span className="source" data-source-id={source.id}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {given ? <span className="source-given"> ({given})</span> : null}
    </span>
  );
}

/** How many sources to show before "and N more" (a version can have twenty). */
const SHOWN = 4;

export function SourceList({
  ids,
  lookup,
  prefix = 'Source',
  plural,
}: {
  ids: readonly string[];
  lookup: (id: string) => Source | undefined;
  /** The label before the list ("Source", "Reported by"). */
  prefix?: string;
  /** The label for several sources; defaults to `prefix` + "s" for "Source". */
  plural?: string;
}) {
  const sources = ids.map(lookup).filter((s): s is Source => s !== undefined);
  if (sources.length === 0) return null;
  const label =
    sources.length > 1 ? (plural ?? (prefix === 'Source' ? 'Sources' : prefix)) : prefix;
  const head = sources.slice(0, SHOWN);
  const rest = sources.slice(SHOWN);
  const list = (items: Source[], offset: number) =>
    items.map((s, i) => (
      <span key={s.id}>
        {i + offset > 0 ? '; ' : ''}
        <SourceLink source={s} />
      </span>
    ));
  return (
    <div className="sources">
      <span className="sources-label">{label}: </span>
      {list(head, 0)}
      {rest.length ? ' ' : null}
      {rest.length ? (
        <details className="more-sources">
          <summary>and {rest.length} more</summary>
          {list(rest, SHOWN)}
        </details>
      ) : null}
    </div>
  );
}
