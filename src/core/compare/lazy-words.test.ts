import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import { wordDiff } from '../diff/word-diff';
import { compareVersions } from './compare';
import type { Row } from './rows';

const version = (id: string) => bundled.versions.find((v) => v.id === id)!;
const texts = (row: Row, side: 'left' | 'right') => row[side].map((p) => p.text).join(' ');
const fresh = () => compareVersions(version('us-28'), version('e3-counter'), bundled);
const withWords = (rows: readonly Row[]) =>
  rows.filter((r) => r.left.length && r.right.length && r.kind !== 'unchanged');

describe('word diffs computed when read', () => {
  it('are not computed until a row is read, then kept on the row', () => {
    const rows = withWords(fresh().rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.getOwnPropertyDescriptor(row, 'words')).toHaveProperty('get');
      expect(Object.getOwnPropertyDescriptor(row, 'words')).not.toHaveProperty('value');
      const first = row.words;
      expect(Object.getOwnPropertyDescriptor(row, 'words')?.value).toBe(first);
      expect(row.words).toBe(first);
    }
  });

  it('are the word diff of the two sides, and copies carry them', () => {
    for (const row of withWords(fresh().rows)) {
      const expected = wordDiff(texts(row, 'left'), texts(row, 'right'));
      expect({ ...row }.words).toEqual(expected);
      expect(structuredClone(row).words).toEqual(expected);
      expect((JSON.parse(JSON.stringify(row)) as Row).words).toEqual(expected);
    }
  });

  it('are absent where a side has no text or nothing changed', () => {
    for (const row of fresh().rows)
      if (!row.left.length || !row.right.length || row.kind === 'unchanged')
        expect('words' in row).toBe(false);
  });
});
