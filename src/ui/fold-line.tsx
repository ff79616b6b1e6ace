import { foldText, type Entry } from '../core/compare/fold';
import type { ListItemProps } from './row-view';

type Fold = Extract<Entry, { kind: 'fold' }>;

/**
 * A folded run of quiet rows in one line: "17 points not reported (9–18)" and a button that
 * opens it (Enter or Space; the opened rows get a "Fold" button back, see `FoldBack`). On paper the
 * line stays and says the rows are not printed.
 */
export function FoldLine({
  fold,
  onOpen,
  item,
}: {
  fold: Fold;
  onOpen: (fold: Fold) => void;
  item?: ListItemProps;
}) {
  const text = foldText(fold);
  return (
    <li {...item} className="fold" data-row-key={fold.key} data-fold-size={fold.rows.length}>
      <span className="fold-text">{text}</span>
      <span className="print-only"> — not printed; open them on screen to print them.</span>
      <button
        type="button"
        className="link-button fold-open"
        aria-expanded={false}
        aria-label={`Show ${text}`}
        onClick={() => onOpen(fold)}
      >
        Show
      </button>
    </li>
  );
}
