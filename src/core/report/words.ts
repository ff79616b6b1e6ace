/**
 * Counts in words, for every message and report: one rule, so "1 note" and "2 notes" agree
 * everywhere (the CLI, the exports, the page's notices and the store's messages).
 */

/** "1 note", "3 notes", "2 entries were": the count and the words that agree with it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
