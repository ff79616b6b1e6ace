/**
 * Going to a note's point: which view change shows it. The URL owns the view (style brief §3.1),
 * so this only computes the change; the app applies it with `setView`.
 */
import type { Side } from './placement';

export interface JumpPatch {
  left?: string;
  focus: { side: Side; label: string };
}

/** Keep the pair when the note's version is on screen; otherwise show it on the left. */
export function jumpPatch(
  note: { version: string; label: string },
  left: string,
  right: string,
): JumpPatch {
  if (note.version === left) return { focus: { side: 'left', label: note.label } };
  if (note.version === right) return { focus: { side: 'right', label: note.label } };
  return { left: note.version, focus: { side: 'left', label: note.label } };
}

/**
 * After the view changed, move keyboard focus to the point's row (rows have `tabIndex=-1`), so a
 * keyboard user continues from there. Tries for a few frames while the comparison renders.
 */
export function focusPointWhenShown(version: string, label: string, tries = 30): void {
  const find = () =>
    document.querySelector<HTMLElement>(`[data-point-id="${CSS.escape(`${version}:${label}`)}"]`);
  const step = (left: number) => {
    const point = find();
    if (point) {
      const row = point.closest<HTMLElement>('li.row') ?? point;
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'center' });
      return;
    }
    if (left > 0) requestAnimationFrame(() => step(left - 1));
  };
  requestAnimationFrame(() => step(tries));
}
