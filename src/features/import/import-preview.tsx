import { useState } from 'react';
import { COMPLETENESS_NAMES } from '../../core/model/types';
import type { ParsedPoint, ParseIssue } from '../../core/text/parse-draft';
import type { ReadState } from './use-draft-check';

/** Points shown at once: a long draft is paged, so the preview never renders thousands of rows. */
export const PREVIEW_PAGE = 100;
/** Notes on the text shown before "and N more". */
const ISSUES_SHOWN = 50;

const count = (n: number) => n.toLocaleString('en');

function Problems({ problems }: { problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <ul className="import-problems" aria-label="Problems to fix before saving">
      {problems.slice(0, ISSUES_SHOWN).map((p, i) => (
        <li key={i}>{p}</li>
      ))}
      {problems.length > ISSUES_SHOWN ? (
        <li>…and {count(problems.length - ISSUES_SHOWN)} more.</li>
      ) : null}
    </ul>
  );
}

function Notices({ notices }: { notices: readonly string[] }) {
  if (!notices.length) return null;
  return (
    <ul className="import-notices" aria-label="Worth knowing">
      {notices.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
}

function Issues({ issues }: { issues: readonly ParseIssue[] }) {
  if (!issues.length) return null;
  return (
    <ul className="import-issues" aria-label="Notes on the text">
      {issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
        <li key={i}>
          Line {issue.line}: {issue.message}
        </li>
      ))}
      {issues.length > ISSUES_SHOWN ? (
        <li>…and {count(issues.length - ISSUES_SHOWN)} more notes.</li>
      ) : null}
    </ul>
  );
}

/** The points as read, a page at a time. */
function PointPages({ points }: { points: ReadonlyArray<Pick<ParsedPoint, 'label' | 'text'>> }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(points.length / PREVIEW_PAGE));
  const current = Math.min(page, pages - 1);
  const from = current * PREVIEW_PAGE;
  const shown = points.slice(from, from + PREVIEW_PAGE);
  return (
    <>
      {pages > 1 ? (
        <div className="import-pages">
          <span>
            Points {count(from + 1)}–{count(from + shown.length)} of {count(points.length)}
          </span>{' '}
          <button
            type="button"
            className="secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous {PREVIEW_PAGE}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next {PREVIEW_PAGE}
          </button>
        </div>
      ) : null}
      {/* It scrolls: focusable so a keyboard can scroll it (axe scrollable-region-focusable). */}
      <ol className="import-points" aria-label="Points found" tabIndex={0}>
        {shown.map((p, i) => (
          <li key={`${from + i}:${p.label}`}>
            <span className="point-label">{p.label}.</span> {p.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * How the text was read: progress with a Stop while the worker reads; then the points (paged),
 * the problems that stop a save (naming the line or the field), notes on the text and hidden
 * characters. Everything is text: nothing from the draft is rendered as HTML.
 */
export function ImportPreview({
  state,
  onStop,
  onRetry,
}: {
  state: ReadState;
  onStop: () => void;
  onRetry: () => void;
}) {
  const title = (text: string) => <h3 id="import-preview-title">{text}</h3>;
  let body;
  switch (state.status) {
    case 'idle':
      return null;
    case 'reading':
      body = (
        <>
          {title('Preview: reading…')}
          <p className="import-progress">
            <progress aria-label="Reading the draft" max={1} value={state.progress} />{' '}
            <span className="import-progress-message">{state.message}</span>{' '}
            <button type="button" className="secondary" onClick={onStop}>
              Stop reading
            </button>
          </p>
        </>
      );
      break;
    case 'stopped':
      body = (
        <>
          {title('Preview: reading stopped')}
          <p role="status">
            Reading stopped; the text stays as it is. Edit it, or{' '}
            <button type="button" className="secondary" onClick={onRetry}>
              Read again
            </button>
          </p>
        </>
      );
      break;
    case 'failed':
      body = (
        <>
          {title('Preview: not read')}
          <p role="alert">
            {state.message}{' '}
            <button type="button" className="secondary" onClick={onRetry}>
              Read again
            </button>
          </p>
        </>
      );
      break;
    case 'done': {
      const check = state.check;
      switch (check.kind) {
        case 'refused':
          body = (
            <>
              {title('Preview: not read')}
              <Problems problems={check.problems} />
            </>
          );
          break;
        case 'text':
          body = (
            <>
              {title(`Preview: ${count(check.parse.points.length)} points`)}
              <Problems problems={check.problems} />
              <Notices notices={check.notices} />
              <Issues issues={check.parse.issues} />
              <PointPages points={check.parse.points} />
            </>
          );
          break;
        case 'json':
          body = check.version ? (
            <>
              {title(`Preview: JSON draft, ${count(check.version.points.length)} points`)}
              <p className="import-json-ok">
                Valid data file: “{check.version.title}”, {check.version.date},{' '}
                {COMPLETENESS_NAMES[check.version.completeness].toLowerCase()} (as the file says).
              </p>
              <Notices notices={check.notices} />
              <PointPages points={check.version.points} />
            </>
          ) : (
            <>
              {title('Preview: JSON draft with problems')}
              <Problems problems={check.problems} />
            </>
          );
          break;
        default: {
          const never: never = check;
          return never;
        }
      }
      break;
    }
    default: {
      const never: never = state;
      return never;
    }
  }
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      {body}
    </section>
  );
}
