/**
 * A row's word diff, computed when something first reads `row.words` (issue #14). The word
 * diffs of every row were about two thirds of `compareVersions` on the first load (78 of 133 ms
 * at a phone's CPU speed, scripts/perf/profile.ts), in the one task that builds the comparison;
 * the page shows the first screen's rows first and the rest in batches, so each batch now pays
 * for its own rows' diffs. The result is kept on the row, so it is computed at most once; a copy
 * of the row (spread, structured clone, JSON) reads it, so copies carry the same value.
 */
import { wordDiff } from '../diff/word-diff';
import type { WordDiff } from '../diff/words';
import type { RowCommon } from './rows';

function settle(row: RowCommon, words: WordDiff): void {
  Object.defineProperty(row, 'words', {
    value: words,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Give `row` a `words` property that holds the word diff of `left` and `right` once read. */
export function defineLazyWords(row: RowCommon, left: string, right: string): void {
  Object.defineProperty(row, 'words', {
    enumerable: true,
    configurable: true,
    get(): WordDiff {
      const words = wordDiff(left, right);
      settle(row, words);
      return words;
    },
    set(words: WordDiff) {
      settle(row, words);
    },
  });
}
