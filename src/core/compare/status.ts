/**
 * The statuses a row can claim and their names: the vocabulary below the rows (rows.ts) and
 * their one-sentence meanings (status-meanings.ts), which both import it from here.
 */

/**
 * Every status a row can have, in the order reports list them: changes first, then what is open
 * or not known, then what survived.
 */
export const ROW_STATUSES = [
  'changed',
  'dropped',
  'added',
  'merged',
  'split',
  'open',
  'unknown',
  'not-reported',
  'kept',
  'unchanged',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export const STATUS_NAMES: Record<RowStatus, string> = {
  changed: 'Changed',
  dropped: 'Dropped',
  added: 'Added',
  merged: 'Merged',
  split: 'Split',
  open: 'Open',
  unknown: 'Unknown',
  'not-reported': 'Not reported',
  kept: 'Kept',
  unchanged: 'Unchanged',
};
