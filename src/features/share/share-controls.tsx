import { useState } from 'react';
import { LONG_LINK } from '../../core/url/codec';
import type { SharedNote, ViewState } from '../../core/url/view-state';
import type { Version } from '../../core/model/types';
import { buildLink } from './build-link';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Copy link": the exact view, optionally with the reader's notes; warns before copying a link
 * long enough for chat apps to cut, and offers the comparison as a file instead.
 */
export function ShareControls({
  state,
  extraVersions,
  notes,
  onDownloadComparison,
}: {
  state: ViewState;
  extraVersions: readonly Version[];
  notes: readonly SharedNote[];
  onDownloadComparison: () => void;
}) {
  const [includeNotes, setIncludeNotes] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [pendingLong, setPendingLong] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);

  const make = () =>
    buildLink({
      state,
      base: `${window.location.origin}${window.location.pathname}`,
      extraVersions,
      notes,
      includeNotes,
    });

  async function copy(url: string, what: string) {
    setPendingLong(null);
    if (await copyText(url)) {
      setFallback(null);
      setStatus(`Link copied${what}.`);
    } else {
      setFallback(url);
      setStatus('Your browser did not allow copying: select the link below and copy it.');
    }
  }

  function onCopy() {
    const link = make();
    const what = [
      link.carriedNotes ? ` with ${link.carriedNotes} note${link.carriedNotes > 1 ? 's' : ''}` : '',
      link.carriedDrafts ? ` (carries ${link.carriedDrafts} imported draft${link.carriedDrafts > 1 ? 's' : ''})` : '',
    ].join('');
    if (link.long) {
      setPendingLong(link.url);
      setStatus(
        `This link is ${link.length.toLocaleString('en-US')} characters long. Some chat apps cut links longer than ` +
          `${LONG_LINK.toLocaleString('en-US')} characters.`,
      );
      return;
    }
    void copy(link.url, what);
  }

  return (
    <div className="share" role="group" aria-label="Share this view">
      <button type="button" onClick={onCopy}>
        Copy link
      </button>
      <label className="checkbox">
        <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
        Include my notes
      </label>
      <div role="status" className="share-status">
        {status}
      </div>
      {pendingLong ? (
        <div className="share-long">
          <button type="button" onClick={() => void copy(pendingLong, ' (long)')}>
            Copy the long link anyway
          </button>{' '}
          <button type="button" className="secondary" onClick={onDownloadComparison}>
            Download the comparison as a file
          </button>
        </div>
      ) : null}
      {fallback ? (
        <label className="share-fallback">
          Link
          <input type="text" readOnly value={fallback} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
