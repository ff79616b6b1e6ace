import { useState } from 'react';
import { isLongLink, linkLength, LONG_LINK } from '../../core/url/codec';
import type { SharedNote } from '../../core/url/view-state';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * "Copy link": the exact view (imported drafts it shows always ride along), with the reader's
 * notes on the two versions only when asked. Warns before copying a link long enough for chat
 * apps to cut, and offers the comparison as a file instead.
 */
export function ShareControls({
  linkFor,
  notes,
  onDownloadComparison,
}: {
  linkFor: (options?: { notes?: readonly SharedNote[] }) => string;
  /** The reader's notes on the two versions on screen. */
  notes: readonly SharedNote[];
  onDownloadComparison: () => void;
}) {
  const [includeNotes, setIncludeNotes] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [pendingLong, setPendingLong] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);

  async function copy(url: string) {
    setPendingLong(null);
    const what = includeNotes && notes.length ? ` with ${count(notes.length, 'note')}` : '';
    if (await copyText(url)) {
      setFallback(null);
      setStatus(`Link copied${what}.`);
    } else {
      setFallback(url);
      setStatus('Your browser did not allow copying: select the link below and copy it.');
    }
  }

  function onCopy() {
    const url = linkFor(includeNotes ? { notes } : {});
    if (isLongLink(url)) {
      setPendingLong(url);
      setStatus(
        `This link is ${linkLength(url).toLocaleString('en-US')} characters long. Some chat apps cut links ` +
          `longer than ${LONG_LINK.toLocaleString('en-US')} characters.`,
      );
      return;
    }
    void copy(url);
  }

  return (
    <div className="share" role="group" aria-label="Share this view">
      <button type="button" onClick={onCopy}>
        Copy link
      </button>
      {/* Only when there is something to include: no notes, no choice to make. */}
      {notes.length ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeNotes}
            onChange={(e) => setIncludeNotes(e.target.checked)}
          />
          Include my notes
        </label>
      ) : null}
      <p role="status" className="share-status">
        {status}
      </p>
      {pendingLong ? (
        <div className="share-long">
          <button type="button" onClick={() => void copy(pendingLong)}>
            Copy the long link anyway
          </button>{' '}
          <button type="button" className="secondary" onClick={onDownloadComparison}>
            Download the comparison as a file
          </button>
        </div>
      ) : null}
      {fallback ? (
        <label className="share-fallback">
          Link to copy
          <input type="text" readOnly value={fallback} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
