import { describe, expect, it } from 'vitest';
import { formatIndexedLabels as formatLabels } from './labels';

const labels = ['9', '10a', '10b', '10c', '10d', '11', '12'];

describe('formatLabels', () => {
  it.each([
    [[], ''],
    [[0], '9'],
    [[1, 2], '10a and 10b'],
    [[1, 2, 3, 4], '10a–10d'],
    [[0, 2, 5], '9, 10b and 11'],
    [[0, 1, 2, 3, 6], '9–10c and 12'],
  ])('%j → %j', (indices, text) => {
    expect(formatLabels(indices, labels)).toBe(text);
  });

  it('names an unlabelled point by its position', () => {
    expect(formatLabels([0, 1], ['', 'b'])).toBe('#1 and b');
  });
});
