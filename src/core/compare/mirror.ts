import { reverseChange } from './links';
import type { Row, RowClaim, WordDiff } from './rows';

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
    default:
      return words satisfies never;
  }
}

/** The claim read from the other side: dropped ↔ added, merged ↔ split; the rest reads the same. */
function mirrorClaim(row: Row): RowClaim {
  switch (row.kind) {
    case 'dropped':
      return { kind: 'added' };
    case 'added':
      return { kind: 'dropped' };
    case 'merged':
      return { kind: 'split', content: row.content };
    case 'split':
      return { kind: 'merged', content: row.content };
    case 'unknown':
      return { kind: 'unknown', why: row.why };
    case 'unchanged':
    case 'kept':
    case 'changed':
    case 'open':
    case 'not-reported':
      return { kind: row.kind };
    default:
      return row satisfies never;
  }
}

/** The same row seen from the other side: left ↔ right, its claim and its change read the other way. */
export function mirrorRow(row: Row): Row {
  const [l, r] = row.key.slice(2).split('|R:') as [string, string];
  const mirrored: Row = {
    ...row,
    ...mirrorClaim(row),
    key: `L:${r}|R:${l}`,
    left: row.right,
    right: row.left,
  };
  if (row.words) mirrored.words = mirrorWords(row.words);
  if (row.change) mirrored.change = reverseChange(row.change);
  return mirrored;
}
