import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './chars';

describe('isSpaceCode', () => {
  it('is \\s of a JavaScript regex, for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c += 1)
      if (/\s/.test(String.fromCharCode(c)) !== isSpaceCode(c)) differ.push(c);
    expect(differ).toEqual([]);
  });
});
