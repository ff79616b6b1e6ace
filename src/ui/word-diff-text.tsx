import { Fragment } from 'react';
import type { WordOp } from '../core/compare/rows';

export type DiffSide = 'left' | 'right' | 'both';

/**
 * In the combined text a deletion followed at once by an insertion would read as one word
 * ("600,000800,000", "EuropeUkraine"): a space goes between them when neither carries one.
 */
function needsGap(ops: readonly WordOp[], i: number): boolean {
  const op = ops[i]!;
  const next = ops[i + 1];
  return (
    op.op === 'delete' && next?.op === 'insert' && !/\s$/.test(op.text) && !/^\s/.test(next.text)
  );
}

/**
 * Render word ops as React elements (never HTML strings: the text is untrusted). Deletions are
 * struck through and insertions underlined, with hidden words for screen readers, so the marks
 * survive without colour (react-diff-view#232).
 */
export function WordDiffText({ ops, side }: { ops: readonly WordOp[]; side: DiffSide }) {
  return (
    <>
      {ops.map((op, i) => {
        switch (op.op) {
          case 'equal':
            return <span key={i}>{op.text}</span>;
          case 'delete':
            return side === 'right' ? null : (
              <Fragment key={i}>
                <del>
                  <span className="sr-only">[deleted: </span>
                  {op.text}
                  <span className="sr-only">]</span>
                </del>
                {side === 'both' && needsGap(ops, i) ? ' ' : null}
              </Fragment>
            );
          case 'insert':
            return side === 'left' ? null : (
              <ins key={i}>
                <span className="sr-only">[inserted: </span>
                {op.text}
                <span className="sr-only">]</span>
              </ins>
            );
          default: {
            const never: never = op.op;
            return never;
          }
        }
      })}
    </>
  );
}

/**
 * One summary's text with the words only it has in muted italics (never struck through: a
 * difference of wording between our summaries is not a reported change, issue #11 §2).
 */
export function WordingText({ ops, side }: { ops: readonly WordOp[]; side: 'left' | 'right' }) {
  const own = side === 'left' ? 'delete' : 'insert';
  return (
    <>
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === own ? (
          <em key={i} className="wording-own">
            {op.text}
          </em>
        ) : null,
      )}
    </>
  );
}
