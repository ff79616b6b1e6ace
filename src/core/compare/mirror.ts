import type { Row, RowKind, WordDiff } from './rows';

const MIRRORED: Record<RowKind, RowKind> = {
  unchanged: 'unchanged',
  changed: 'changed',
  added: 'removed',
  removed: 'added',
  merged: 'split',
  split: 'merged',
  'not-reported': 'not-reported',
};

function mirrorWords(words: WordDiff): WordDiff {
  switch (words.kind) {
    case 'words':
      return {
        kind: 'words',
        ops: words.ops.map((o) => ({
          op: o.op === 'insert' ? 'delete' : o.op === 'delete' ? 'insert' : 'equal',
          text: o.text,
        })),
      };
    case 'rewritten':
      return words;
    default: {
      const never: never = words;
      return never;
    }
  }
}

/** The same row seen from the other side: left ↔ right, added ↔ removed, merged ↔ split. */
export function mirrorRow(row: Row): Row {
  const [l, r] = row.key.slice(2).split('|R:') as [string, string];
  const mirrored: Row = {
    ...row,
    key: `L:${r}|R:${l}`,
    kind: MIRRORED[row.kind],
    left: row.right,
    right: row.left,
  };
  if (row.words) mirrored.words = mirrorWords(row.words);
  return mirrored;
}
