/**
 * What the word diff (word-diff.ts) produces: the engine's own result types. They live with the
 * engine, below the rows that carry them (src/core/compare/rows.ts), so the engine imports nothing
 * from the layers that use it.
 */

/** One word-level edit. A discriminant, not jsdiff's added/removed boolean pair. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** The outcome of the guarded word diff of two texts. */
export type WordDiff =
  | { kind: 'words'; ops: WordOp[] }
  /** The budget ran out (pathological pair): shown as a whole rewrite, and said so. */
  | { kind: 'rewritten'; reason: string };
