import { describe, expect, it } from 'vitest';
import { bundledStore } from '../../data/bundled-source';
import { defaultPair } from './default-pair';

describe('the first view', () => {
  it('compares the 28 points with the newest plan draft, not a later declaration or paper', () => {
    // The index runs to Feb 2026 (a position paper); the newest draft of the plan is the 20 points.
    const index = bundledStore().index;
    expect(index.at(-1)?.kind).toBe('position-paper');
    expect(defaultPair(index)).toEqual({ left: 'us-28', right: 'zelensky-20' });
  });
});
