import { useState } from 'react';
import { isLongLink, linkLength, LONG_LINK } from '../../core/url/codec';
import type { LinkCheck } from '../../core/url/link-check';
import { noticeText } from '../../core/url/notices';
import type { SharedDraft, SharedNote } from '../../core/url/view-state';
import { Isolate } from '../../ui/isolate';
import type { SharedLink } from '../../ui/url/use-view-state';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const number = (n: number) => n.toLocaleString('en-US');

/** A draft as a file in the data format, which "Import draft" opens (README: "Contributing"). */
export function draftFile(draft: SharedDraft): { text: string; fileName: string } {
  return { text: `${JSON.stringify(draft, null, 2)}\n`, fileName: `${draft.id}.json` };
}

/** Why a link cannot be offered, in a sentence. */
function refusalText(check: Exclude<LinkCheck, { ok: true }>): string {
  if (check.reason === 'too-long')
    return (
      `This view is too large for a link: its drafts and notes take ${number(check.payloadChars)} ` +
      `characters, and a link can carry at most ${number(check.limit)}, so it would not open.`
    );
  const what = check.notices.map((n) => noticeText(n)).join(' ');
  return `A link to this view would not open as you see it: ${what}`;
}

/**
 * "Copy link": the exact view (imported drafts it shows always ride along), with the reader's
 * notes on the two versions only when asked. Every link is checked as its recipient's viewer will
 * read it (`checkLink`), and a link that would not open is never offered: the drafts (and notes)
 * are offered as files that "Import draft" (and "Import notes") open instead. A link that opens but
 * is long enough for chat apps to cut gets a warning first.
 */
export function ShareControls({
  linkFor,
  checkLink,
  notes,
  onDownloadComparison,
  onDownloadFile,
  onDownloadNotes,
}: {
  linkFor: (options?: { notes?: readonly SharedNote[] }) => SharedLink;
  /** The decoder's verdict on a link, as someone without the reader's imports opens it. */
  checkLink: (url: string) => LinkCheck;
  /** The reader's notes on the two versions on screen. */
  notes: readonly SharedNote[];
  /** The comparison as a Markdown report. */
  onDownloadComparison: () => void;
  onDownloadFile: (file: { text: string; fileName: string }) => void;
  /** The reader's notes on the two versions as a notes file. */
  onDownloadNotes: () => void;
}) {
  const [includeNotes, setIncludeNotes] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [pendingLong, setPendingLong] = useState<string | null>(null);
  const [asFiles, setAsFiles] = useState<readonly SharedDraft[] | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const withNotes = includeNotes && notes.length > 0;

  async function copy(url: string) {
    setPendingLong(null);
    const what = withNotes ? ` with ${count(notes.length, 'note')}` : '';
    if (await copyText(url)) {
      setFallback(null);
      setStatus(`Link copied${what}.`);
    } else {
      setFallback(url);
      setStatus('Your browser did not allow copying: select the link below and copy it.');
    }
  }

  function onCopy() {
    const { url, drafts } = linkFor(withNotes ? { notes } : {});
    setPendingLong(null);
    setFallback(null);
    setAsFiles(null);
    const check = checkLink(url);
    if (!check.ok) {
      setAsFiles(drafts);
      const offers: string[] = [];
      if (drafts.length)
        offers.push(
          `${drafts.length === 1 ? 'the draft as a file' : 'the drafts as files'} that “Import draft” opens`,
        );
      if (withNotes)
        offers.push('your notes as a file that “Import notes” (in “Your notes”) opens');
      setStatus(
        `${refusalText(check)}${offers.length ? ` Share ${offers.join(', and ')} instead.` : ''}`,
      );
      return;
    }
    if (isLongLink(url)) {
      setPendingLong(url);
      setStatus(
        `This link is ${number(linkLength(url))} characters long. Some chat apps cut links ` +
          `longer than ${number(LONG_LINK)} characters.`,
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
      {asFiles ? (
        <div className="share-long">
          {asFiles.map((draft) => (
            <button key={draft.id} type="button" onClick={() => onDownloadFile(draftFile(draft))}>
              Download “<Isolate text={draft.title} />” as a file
            </button>
          ))}{' '}
          {withNotes ? (
            <button type="button" className="secondary" onClick={onDownloadNotes}>
              Download my notes as a file
            </button>
          ) : null}
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
