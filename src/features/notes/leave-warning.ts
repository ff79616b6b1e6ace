/**
 * Editors that hold text not saved anywhere: while there is one, leaving or reloading the page
 * asks first (`beforeunload`, issue #19: unsaved note text was lost on reload with no warning).
 * A tiny registry outside React state (only src/store may import zustand): each editor adds a
 * token while it holds unsaved text and removes it when it saves, cancels or unmounts.
 */
import { useEffect } from 'react';

const holders = new Set<object>();

/**
 * Asks the browser to confirm leaving. Browsers show their own wording and ignore ours; both
 * `preventDefault` and `returnValue` are needed across engines (HTML, "unloading documents";
 * MDN "beforeunload event").
 */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  event.returnValue = '';
}

function update(): void {
  if (holders.size) window.addEventListener('beforeunload', onBeforeUnload);
  else window.removeEventListener('beforeunload', onBeforeUnload);
}

/** Register an editor as holding unsaved text while `unsaved` is true. */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const token = {};
    holders.add(token);
    update();
    return () => {
      holders.delete(token);
      update();
    };
  }, [unsaved]);
}

/** Whether any editor holds unsaved text (for tests and the leave warning). */
export function isLeaveWarningOn(): boolean {
  return holders.size > 0;
}
