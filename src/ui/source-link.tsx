import type { Source } from '../core/model/types';

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
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

export function SourceLink({ source }: { source: Source }) {
  const href = safeHttpsUrl(source.url);
  const via = source.site ? ` via ${source.site}` : '';
  const when = `${source.dateApproximate ? 'c. ' : ''}${formatDate(source.date)}`;
  const label = `${source.outlet}${via}, ${when}`;
  return (
    <span className="source" data-source-id={source.id}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.holds}>
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}

export function SourceList({
  ids,
  lookup,
  prefix = 'Source',
}: {
  ids: readonly string[];
  lookup: (id: string) => Source | undefined;
  prefix?: string;
}) {
  const sources = ids.map(lookup).filter((s): s is Source => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources-label">{sources.length > 1 ? `${prefix}s` : prefix}: </span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          <SourceLink source={s} />
        </span>
      ))}
    </p>
  );
}
