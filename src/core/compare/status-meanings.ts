import type { RowStatus } from './rows';

/** What each status claims, in one sentence: the legend, the README and the reports say this. */
export const STATUS_MEANINGS: Record<RowStatus, string> = {
  changed: 'a source or our comparison says the point changed; the change is shown as stated',
  dropped: 'reported (or inferred by the project) as removed',
  added: 'new in the right-hand version',
  merged: 'several points became one',
  split: 'one point became several',
  open: 'left open (in brackets) for the leaders to decide',
  unknown:
    'the other version is a summary or a partial list that does not mention it, or outlets disagree',
  'not-reported': 'the other version has no public text, and no outlet said what became of it',
  kept: 'a source or our comparison says the point survived; our summaries are worded differently',
  unchanged: 'the same text on both sides',
};
