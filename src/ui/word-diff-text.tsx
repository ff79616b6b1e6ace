import type { WordOp } from '../core/compare/rows';

export type DiffSide = 'left' | 'right' | 'both';

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
              <del key={i}>
                <span className="sr-only">[deleted: </span>
                {op.text}
                <span className="sr-only">]</span>
              </del>
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
