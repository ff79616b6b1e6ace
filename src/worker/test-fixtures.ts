/** Small deterministic versions for the worker and list tests. */
import type { Version } from '../core/model/types';

const WORDS =
  'ceasefire troops border sanctions assets elections amnesty guarantees reconstruction treaty zone monitoring'.split(
    ' ',
  );

export function sampleVersion(
  id: string,
  n: number,
  edit = (_i: number, text: string) => text,
): Version {
  return {
    id,
    title: `Draft ${id}`,
    date: '2025-11-20',
    completeness: 'full-text',
    claimedPoints: null,
    claimedBy: [],
    reportedBy: [],
    summary: '',
    points: Array.from({ length: n }, (_, i) => ({
      label: String(i + 1),
      text: edit(
        i,
        `Point ${i + 1}: the ${WORDS[i % WORDS.length]} of ${WORDS[(i * 7) % WORDS.length]} number ${i * 13}.`,
      ),
      topics: ['ceasefire'],
      sources: ['X1'],
    })),
  };
}
