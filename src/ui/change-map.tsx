import { useEffect, useState } from 'react';
import { isChange, type Row } from '../core/compare/rows';

/** More rows than this share ticks (a 3,000-point import would draw hair-thin ticks). */
const MAX_TICKS = 240;

/** Keys of the list entries (rows and folds) on screen, followed while the page scrolls. */
function useKeysOnScreen(): ReadonlySet<string> {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const next = new Set<string>();
      for (const el of document.querySelectorAll<HTMLElement>('.rows > [data-row-key]')) {
        const r = el.getBoundingClientRect();
        if (r.bottom > 0 && r.top < window.innerHeight) next.add(el.dataset.rowKey!);
      }
      setKeys((prev) =>
        prev.size === next.size && [...next].every((k) => prev.has(k)) ? prev : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);
  return keys;
}

/**
 * Where the changes are and where you are: one tick per row (or per few rows on long lists),
 * changes drawn full and quiet rows thin, the rows on screen marked. A strip beside the rows on
 * a wide screen, a bar under the toolbar on a phone. Pointer only and hidden from screen
 * readers: the keys (n/p), the digest's links and "Describe changes" do the same in words.
 */
export function ChangeMap({
  rows,
  entryKeyOf,
  onPick,
}: {
  rows: readonly Row[];
  /** The list entry holding a row: its own key, or its fold's. */
  entryKeyOf: (row: Row) => string;
  onPick: (row: Row) => void;
}) {
  const here = useKeysOnScreen();
  if (rows.length === 0) return null;
  const per = Math.ceil(rows.length / MAX_TICKS);
  const ticks: Row[][] = [];
  for (let i = 0; i < rows.length; i += per) ticks.push(rows.slice(i, i + per));
  return (
    <div className="change-map no-print" aria-hidden="true">
      {ticks.map((group) => {
        const change = group.find(isChange);
        const shown = change ?? group[0]!;
        const on = group.some((r) => here.has(entryKeyOf(r)));
        return (
          <span
            key={group[0]!.key}
            className={`tick tick--${shown.kind}${change ? ' tick--change' : ''}${on ? ' tick--here' : ''}`}
            onClick={() => onPick(shown)}
          />
        );
      })}
    </div>
  );
}
