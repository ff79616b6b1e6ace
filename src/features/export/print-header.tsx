import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Comparison } from '../../core/compare/rows';
import { dateText } from '../../core/model/types';
import { formatDate } from '../../ui/source-link';
import { cssString } from './footnotes';

/** Today as an ISO date in the reader's time zone. */
function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The moment of printing: the time of mounting, refreshed on `beforeprint`. */
function usePrintDate(): Date {
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    // flushSync: the browser lays out the print right after this event, so the update must be in the DOM.
    const onBeforePrint = () => flushSync(() => setDate(new Date()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return date;
}

/**
 * Print only: which two versions are compared (titles and dates), when the page was printed and
 * the permalink that reopens this view, plus how the word marks read in black and white. The
 * two columns of each row are labelled with the version titles (paper has no sticky header).
 */
export function PrintHeader({ comparison }: { comparison: Comparison }) {
  const { left, right } = comparison;
  const printed = usePrintDate();
  // The address as it is now: the view state (pair, filters, focus) lives in the URL, and every
  // change of it re-renders the app, this header included.
  const href = window.location.href;
  const css =
    '@media print {\n' +
    `.cells > .cell:nth-child(1 of .cell)::before { content: ${cssString(left.title)}; }\n` +
    `.cells > .cell:nth-child(2 of .cell)::before { content: ${cssString(right.title)}; }\n}`;
  return (
    <header className="print-only print-header">
      <style>{css}</style>
      <p className="print-title">
        <strong>{left.title}</strong> ({dateText(left)}) compared with{' '}
        <strong>{right.title}</strong> ({dateText(right)})
      </p>
      <p>
        Printed {formatDate(localIsoDate(printed))}. Permalink:{' '}
        <span className="print-url">{href}</span>
      </p>
      <p>
        Marks: <del>struck through</del> words of {left.title} not in {right.title};{' '}
        <ins>underlined</ins> words new in {right.title}. Numbers in brackets after a source refer
        to the list of sources at the end.
      </p>
    </header>
  );
}
