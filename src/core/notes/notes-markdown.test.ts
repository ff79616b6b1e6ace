import { describe, expect, it } from 'vitest';
import type { Source } from '../model/types';
import { notesToMarkdown, type NotedPoint } from './notes-markdown';
import { note } from './test-fixtures';

const axios: Source = {
  id: 'A1',
  outlet: 'Axios',
  site: 'LIGA.net',
  url: 'https://example.org/a1',
  date: '2025-11-20',
  holds: 'points 1–10',
};
const ft: Source = {
  id: 'F1',
  outlet: 'Financial Times',
  url: 'https://example.org/f1',
  date: '2025-11-23',
  dateApproximate: true,
  holds: 'x',
};

const points: Record<string, NotedPoint> = {
  'us-28:2': {
    versionTitle: 'US 28-point draft',
    pointText: 'Ukraine will not join NATO.',
    sources: [axios, ft],
  },
  'us-28:10': {
    versionTitle: 'US 28-point draft',
    pointText: 'Sanctions lifted in stages.',
    sources: [],
  },
  'geneva-19:1': {
    versionTitle: 'Geneva 19-point draft',
    pointText: 'Sovereignty confirmed.',
    sources: [ft],
  },
};
const lookup = (version: string, label: string) => points[`${version}:${label}`];

describe('notesToMarkdown', () => {
  it('groups notes by version then point, with point text, sources and the orphans at the end', () => {
    const notes = [
      note({
        id: 'n3',
        version: 'us-28',
        label: '10',
        text: 'Stages are vague.',
        pointText: 'Sanctions lifted in stages.',
      }),
      note({
        id: 'n1',
        version: 'us-28',
        label: '2',
        text: 'Compare with Geneva.\nSee point 1.\n\nSecond paragraph.',
        pointText: 'Ukraine will not join NATO for now.',
        updatedAt: '2025-11-22T10:15:30.000Z',
      }),
      note({
        id: 'n2',
        version: 'geneva-19',
        label: '1',
        text: 'Short.',
        pointText: 'Sovereignty confirmed.',
      }),
      note({
        id: 'n4',
        version: 'us-28',
        label: '31',
        text: 'Was there a 31?',
        pointText: 'Old point 31.',
      }),
      note({
        id: 'n5',
        version: 'imported-gone',
        label: '1',
        text: 'Orphan without text.',
        pointText: '',
      }),
    ];
    expect(notesToMarkdown(notes, lookup, { versionOrder: ['us-28', 'geneva-19'] })).toBe(
      [
        '# Notes on the peace-plan versions',
        '',
        '5 notes on 3 versions.',
        '',
        '## US 28-point draft (us-28)',
        '',
        '### Point 2',
        '',
        '> Ukraine will not join NATO.',
        '',
        'Sources:',
        '',
        '- Axios (read at LIGA.net), 2025-11-20: <https://example.org/a1>',
        '- Financial Times, 2025-11-23 (approximate): <https://example.org/f1>',
        '',
        '**Note** (written 2025-11-21 09:00 UTC, edited 2025-11-22 10:15 UTC)',
        '',
        'Compare with Geneva.\\',
        'See point 1.',
        '',
        'Second paragraph.',
        '',
        "_The point's text has changed since this note was written. It then read:_",
        '',
        '> Ukraine will not join NATO for now.',
        '',
        '### Point 10',
        '',
        '> Sanctions lifted in stages.',
        '',
        '**Note** (written 2025-11-21 09:00 UTC)',
        '',
        'Stages are vague.',
        '',
        '## Geneva 19-point draft (geneva-19)',
        '',
        '### Point 1',
        '',
        '> Sovereignty confirmed.',
        '',
        'Sources:',
        '',
        '- Financial Times, 2025-11-23 (approximate): <https://example.org/f1>',
        '',
        '**Note** (written 2025-11-21 09:00 UTC)',
        '',
        'Short.',
        '',
        '## Not in the current data',
        '',
        'These notes belong to points that are not in the current data (the point or its version was removed, renumbered or deleted).',
        '',
        '### us-28, point 31',
        '',
        "_The point's text when this note was written:_",
        '',
        '> Old point 31.',
        '',
        '**Note** (written 2025-11-21 09:00 UTC)',
        '',
        'Was there a 31?',
        '',
        '### imported-gone, point 1',
        '',
        '**Note** (written 2025-11-21 09:00 UTC)',
        '',
        'Orphan without text.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown([], lookup)).toBe(
      '# Notes on the peace-plan versions\n\nNo notes yet.\n',
    );
  });

  it('escapes Markdown in note and point text so it stays plain text', () => {
    const md = notesToMarkdown(
      [
        note({
          id: 'x',
          version: 'us-28',
          label: '10',
          text: '# Not a heading\n[link](javascript:alert(1)) <b>bold</b> *x*',
          pointText: 'Sanctions lifted in stages.',
        }),
      ],
      lookup,
    );
    expect(md).toContain(
      '\\# Not a heading\\\n\\[link\\](javascript:alert(1)) \\<b\\>bold\\</b\\> \\*x\\*',
    );
    expect(md).not.toContain('<b>');
  });
});
