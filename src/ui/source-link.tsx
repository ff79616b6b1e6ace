import { creditedOutlet, givenNote } from '../core/model/sources';
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

/** "Reuters via Bharat Horizon, c. 23 Nov 2025" (with "given by the sender, not checked"). */
export function sourceLabel(source: Source): string {
  const via = source.site ? ` via ${source.site}` : '';
  const when = `${source.dateApproximate ? 'c. ' : ''}${formatDate(source.date)}`;
  return `${creditedOutlet(source)}${via}, ${when}`;
}

/**
 * One source as an https link: outlet, site and date. `compact` (rows) shows the outlet only, the
 * full label in the tooltip: the version header and the printed list carry the rest. Outlet and
 * site are isolated (`Isolate`), and a source that came with a draft is followed by "given by the
 * sender, not checked".
 */
export function SourceLink({ source, compact }: { source: Source; compact?: boolean }) {
  const href = safeHttpsUrl(source.url);
  const when = `${source.dateApproximate ? 'c. ' : ''}${formatDate(source.date)}`;
  const given = givenNote(source);
  const text = (
    <>
      <Isolate text={source.outlet} />
      {compact ? null : (
        <>
          {source.site ? ' via ' : null}
          {source.site ? <Isolate text={source.site} /> : null}
          {`, ${when}`}
        </>
      )}
    </>
  );
  const label = sourceLabel(source);
  return (
    <span className="source" data-source-id={source.id}>
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          {...(compact ? { title: label } : {})}
        >
          {text}
        </a>
      ) : (
        text
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
  compact,
}: {
  ids: readonly string[];
  lookup: (id: string) => Source | undefined;
  /** The label before the list ("Source", "Reported by"). */
  prefix?: string;
  /** The label for several sources; defaults to `prefix` + "s" for "Source". */
  plural?: string;
  /** Outlet names only (rows); the version headers give the full labels. */
  compact?: boolean;
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
        {i + offset > 0 ? (compact ? ' · ' : '; ') : ''}
        <SourceLink source={s} {...(compact ? { compact } : {})} />
      </span>
    ));
  return (
    <div className={compact ? 'sources sources--compact' : 'sources'}>
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
