/** Small hand-written notes and versions for the notes and store tests. */
import type { Version } from '../model/types';
import type { Note } from './note';

export function note(overrides: Partial<Note> & Pick<Note, 'id'>): Note {
  return {
    version: 'us-28',
    label: '1',
    text: 'A note.',
    pointText: 'Ukraine’s sovereignty will be confirmed.',
    createdAt: '2025-11-21T09:00:00.000Z',
    updatedAt: '2025-11-21T09:00:00.000Z',
    ...overrides,
  };
}

export function version(overrides: Partial<Version> = {}): Version {
  return {
    id: 'draft-a',
    title: 'Draft A',
    date: '2025-11-20',
    completeness: 'point-summaries',
    claimedPoints: 2,
    claimedBy: [],
    reportedBy: ['A1'],
    summary: 'A made-up draft for tests.',
    points: [
      { label: '1', text: 'First point.', topics: ['sovereignty'], sources: ['A1'] },
      { label: '2', text: 'Second point.', topics: ['territory'], sources: ['A1'] },
    ],
    ...overrides,
  };
}
