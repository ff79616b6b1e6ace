import { useState } from 'react';

export interface UpdateNoticeProps {
  /** This visit runs a newer build than the reader's last visit did. */
  updated: boolean;
  /** A newer build is installed and waits for this page to let it take over. */
  ready: boolean;
  onReload: () => void;
}

/**
 * Tells the reader the viewer changed (issue #14): on the first visit after a deploy, or when a new
 * build is ready during this one. The caller puts it inside a `role="status"` region that is in the
 * page before any message, so screen readers announce it; it never takes focus.
 */
export function UpdateNotice({ updated, ready, onReload }: UpdateNoticeProps) {
  const [dismissed, setDismissed] = useState<'updated' | 'ready' | null>(null);
  if (ready && dismissed !== 'ready') {
    return (
      <div className="app-update">
        <p>A new version of this viewer is ready.</p>
        <button type="button" onClick={onReload}>
          Reload to use it
        </button>
        <button type="button" onClick={() => setDismissed('ready')}>
          Later
        </button>
      </div>
    );
  }
  if (updated && !dismissed) {
    return (
      <div className="app-update">
        <p>This viewer was updated since your last visit.</p>
        <button type="button" onClick={() => setDismissed('updated')}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
