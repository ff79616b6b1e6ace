import { Fragment, type MouseEvent, type ReactNode } from 'react';
import {
  buildDigest,
  DIGEST_LISTED,
  DIGEST_NAMES,
  DIGEST_NOTES,
  digestNames,
  pointCount,
  type DigestLine,
} from '../core/compare/answer';
import type { Row } from '../core/compare/rows';
import { TOPIC_NAMES } from '../core/model/topics';
import { COMPLETENESS_NAMES, type Version } from '../core/model/types';
import { useViewerData } from './data-context';

/** Names (points or runs) on a line before the rest is counted. */
const NAMES_SHOWN = 16;

/** Outlets named on a line before the rest is counted. */
const OUTLETS = 3;

function outletText(outlets: readonly string[]): string {
  const more = outlets.length - OUTLETS;
  return more > 0 ? `${outlets.slice(0, OUTLETS).join(', ')} and ${more} more` : outlets.join(', ');
}

function topicOf(row: Row): string | null {
  const t = (row.left[0] ?? row.right[0])?.topics[0];
  if (!t) return null;
  // "armed forces", but "NATO".
  const name = TOPIC_NAMES[t];
  return name === name.toUpperCase() ? name : name.toLowerCase();
}

type Titled = Pick<Version, 'title' | 'completeness'>;

/** "What changed from … (full text) to … (summary)": the index names both before their files arrive. */
function DigestTitle({ left, right }: { left: Titled; right: Titled }) {
  return (
    <h2 id="digest-title" className="digest-title">
      What changed from {left.title}{' '}
      <span className="digest-kind">({COMPLETENESS_NAMES[left.completeness].toLowerCase()})</span>{' '}
      to {right.title}{' '}
      <span className="digest-kind">({COMPLETENESS_NAMES[right.completeness].toLowerCase()})</span>
    </h2>
  );
}

/**
 * The digest's place while the pair's files load: its heading (from the index, so the reader sees
 * at once which drafts are compared) above what is loading. The digest then takes its place with
 * the same heading, so the page does not jump (and the largest text of the first screen is
 * painted with the first frame, issue #14).
 */
export function DigestLoading({
  left,
  right,
  children,
}: {
  left: Titled;
  right: Titled;
  children: ReactNode;
}) {
  return (
    <section className="digest digest--loading" aria-labelledby="digest-title">
      <DigestTitle left={left} right={right} />
      {children}
    </section>
  );
}

export interface DigestProps {
  left: Version;
  right: Version;
  /** The rows the topic filter shows (statuses and folds aside). */
  rows: readonly Row[];
  /** What the reader must know about the pair ("no text is public…"), said once, here. */
  notices?: readonly string[];
  rowHref?: ((row: Row) => string) | undefined;
  /** Bring a row into view and focus it (opening its fold). */
  onShow: (row: Row) => void;
}

/**
 * "What changed": a few lines grouped by status (dropped, changed, open, disputed, added, …,
 * unknown), each naming its points (each a link to its row) and the outlets behind them. The
 * first thing below the bar, at every width, and on paper.
 */
export function Digest({ left, right, rows, notices = [], rowHref, onShow }: DigestProps) {
  const { source } = useViewerData();
  const { lines, quiet } = buildDigest(rows, source);
  const link = (row: Row, text: string) => {
    const go = (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onShow(row);
    };
    return (
      <a href={rowHref?.(row) ?? '#'} onClick={go}>
        {text}
      </a>
    );
  };
  const names = (line: DigestLine) => {
    const listed = line.rows.length <= DIGEST_LISTED;
    const all = digestNames(line, rows);
    // A 3,000-point import would make a line of a thousand links: the first few, then a count.
    const more = all.length - NAMES_SHOWN;
    const shown = more > 0 ? all.slice(0, NAMES_SHOWN) : all;
    const links = shown.map(({ row, text }, i) => {
      const topic = listed ? topicOf(row) : null;
      return (
        <Fragment key={row.key}>
          {i > 0 ? ', ' : ''}
          {link(row, text)}
          {topic ? <span className="digest-topic"> {topic}</span> : null}
        </Fragment>
      );
    });
    return more > 0 ? [...links, <Fragment key="more">{` and ${more} more`}</Fragment>] : links;
  };
  return (
    <section className="digest" data-digest aria-labelledby="digest-title">
      <DigestTitle left={left} right={right} />
      {notices.length ? (
        <ul className="notices" aria-label="About this comparison">
          {notices.map((n) => (
            <li key={n} className="notice">
              {n}
            </li>
          ))}
        </ul>
      ) : null}
      {lines.length ? (
        <ul className="digest-lines">
          {lines.map((line) => (
            <li key={line.group} className={`digest-line digest-line--${line.group}`}>
              <span className={`badge badge--kind badge--${line.group}`}>
                {DIGEST_NAMES[line.group]}
              </span>{' '}
              <span className="digest-count">{pointCount(line.rows.length)}:</span>{' '}
              <span className="digest-points">{names(line)}</span>
              {DIGEST_NOTES[line.group] ? (
                <span className="digest-note"> — {DIGEST_NOTES[line.group]}</span>
              ) : null}
              {line.outlets.length ? (
                <span className="digest-outlets">; reported by {outletText(line.outlets)}</span>
              ) : null}
              .
            </li>
          ))}
        </ul>
      ) : (
        <p>No points to compare.</p>
      )}
      {quiet ? (
        <p className="digest-quiet">
          {pointCount(quiet)} unchanged or reported kept (folded below).
        </p>
      ) : null}
    </section>
  );
}
