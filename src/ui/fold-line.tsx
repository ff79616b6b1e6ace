import { foldText, type Entry } from '../core/compare/fold';
import type { ListItemProps } from './row-view';

type FoldEntry = Extract<Entry, { kind: 'fold' | 'unfold' }>;

/**
 * A folded run of quiet rows in one line, "17 points not reported (9–18)", with a button that
 * opens it; once open, the same line sits above its rows with a button that folds them again
 * (Tab to it, Enter or Space). On paper a folded line stays and says its rows are not printed.
 */
export function FoldLine({
  entry,
  onToggle,
  item,
}: {
  entry: FoldEntry;
  /** Open (a fold) or close (an opened run) the run whose fold key is given. */
  onToggle: (foldKey: string, open: boolean) => void;
  item?: ListItemProps;
}) {
  const text = foldText(entry);
  const folded = entry.kind === 'fold';
  return (
    <li
      {...item}
      className={folded ? 'fold' : 'fold fold--open no-print'}
      data-row-key={entry.key}
      data-fold-size={entry.rows.length}
    >
      <span className="fold-text">{text}</span>
      {folded ? (
        <span className="print-only"> — not printed; open them on screen to print them.</span>
      ) : null}
      <button
        type="button"
        className="link-button fold-toggle"
        aria-expanded={!folded}
        aria-label={`${folded ? 'Show' : 'Fold'} ${text}`}
        onClick={() => onToggle(folded ? entry.key : entry.fold, folded)}
      >
        {folded ? 'Show' : 'Fold'}
      </button>
    </li>
  );
}
