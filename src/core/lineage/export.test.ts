// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import type { Source, Version } from '../model/types';
import { PARAPHRASE_DISCLOSURE, versionStatus } from '../report/common';
import {
  historyToCsv,
  historyToMarkdown,
  HISTORY_CSV_COLUMNS,
  matrixToCsv,
  matrixToMarkdown,
  MATRIX_CSV_COLUMNS,
} from './export';
import { pointHistory, type HistoryStep } from './lineage';
import { buildTopicMatrix } from './topic-matrix';

const sources = new Map<string, Source>([
  [
    'S1',
    { id: 'S1', outlet: 'Axios', url: 'https://axios.example/s1', date: '2025-11-20', holds: 'a' },
  ],
  [
    'S2',
    {
      id: 'S2',
      outlet: 'Reuters',
      site: 'open.kg',
      url: 'https://open.kg/s2',
      date: '2025-11-23',
      dateApproximate: true,
      holds: 'b',
    },
  ],
]);
const lookup = (id: string) => sources.get(id);

function version(
  id: string,
  date: string,
  text: string | null,
  source: string,
  extra: Partial<Version> = {},
): Version {
  return {
    id,
    title: id.toUpperCase(),
    date,
    completeness: text ? 'full-text' : 'count-only',
    claimedPoints: 1,
    claimedBy: [],
    reportedBy: [source],
    summary: '',
    points: text ? [{ label: '6', text, topics: ['armed-forces'], sources: [source] }] : [],
    ...extra,
  };
}

const a = version('a', '2025-11-20', 'Army capped at 600,000 personnel.', 'S1');
const b = version('b', '2025-11-23', 'Army capped at 800,000, in peacetime.', 'S2', {
  basedOn: 'a',
});
const correspondences = [
  {
    from: 'a',
    to: 'b',
    links: [
      {
        left: ['6'],
        right: ['6'],
        status: 'changed' as const,
        basis: 'reported' as const,
        sources: ['S2'],
        change: { from: '600,000', to: '800,000' },
      },
    ],
  },
];
const steps: HistoryStep[] = (() => {
  const r = pointHistory({ versions: [a, b], correspondences }, 'a', '6');
  if (!r.ok) throw new Error(r.errors);
  return r.value;
})();

describe('history exports', () => {
  it('CSV: one record per step with its status, basis, how it is known, word changes and sources', () => {
    expect(historyToCsv(steps, lookup)).toBe(
      [
        HISTORY_CSV_COLUMNS.join(','),
        '2025-11-20,a,A,full-text,6,A,chosen,,The point you chose,"Army capped at 600,000 personnel.",,Axios (2025-11-20) https://axios.example/s1',
        '2025-11-23,b,B,full-text,6,A → B,changed,reported,"Reported by Reuters; 600,000 → 800,000","Army capped at 800,000, in peacetime.","\'-600,000 personnel +800,000, in peacetime",' +
          '"Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/s2"',
        '',
      ].join('\r\n'),
    );
  });

  it('Markdown: the disclosure, a section per step, marked words, footnoted sources', () => {
    expect(historyToMarkdown(steps, lookup)).toBe(
      [
        '# History of point 6, A',
        '',
        `*${PARAPHRASE_DISCLOSURE.replace("'", "'")}*`,
        '',
        'Each version is compared with the chosen point’s version, the older one first; the status says what that comparison says.',
        '',
        '## 2025-11-20: A',
        '',
        `*${versionStatus(a)}*`,
        '',
        '- **A:** The chosen point',
        '- **How it is known:** The point you chose',
        '- **Point 6:** Army capped at 600,000 personnel. [^1]',
        '',
        '## 2025-11-23: B',
        '',
        `*${versionStatus(b)}*`,
        '',
        '- **A → B:** Changed',
        '- **How it is known:** Reported by Reuters; 600,000 → 800,000 [^2]',
        '- **Point 6:** Army capped at 800,000, in peacetime. [^2]',
        '- **Word changes:** ~~600,000 personnel~~ → **800,000, in peacetime**',
        '',
        '## Sources',
        '',
        '[^1]: Axios, 2025-11-20: <https://axios.example/s1>',
        '[^2]: Reuters (via open.kg), 2025-11-23, approximate: <https://open.kg/s2>',
        '',
      ].join('\n'),
    );
  });

  it('the real US 6 history names every step and its sources', () => {
    const r = pointHistory(bundled, 'us-28', '6');
    if (!r.ok) throw new Error(r.errors);
    const real = (id: string) => bundled.sources.get(id);
    const md = historyToMarkdown(r.value, real);
    expect(md).toContain('~~600,000~~ → **800,000**');
    expect(md).toContain('- **Reported dropped:** The cap is gone');
    expect(md).toMatch(
      /\[\^\d+\]: ABC News \(via Caliber\.az\), 2025-11-24, approximate: <https:\/\//,
    );
    const csv = historyToCsv(r.value, real).trim().split('\r\n');
    expect(csv).toHaveLength(1 + bundled.versions.length);
  });
});

describe('matrix exports', () => {
  const gap = version('gap', '2025-11-24', null, 'S2', {
    basedOn: 'a',
    completeness: 'reported-changes',
    fates: [
      { points: ['6'], readings: [{ status: 'dropped', note: 'Cap dropped.', sources: ['S2'] }] },
    ],
  });
  const matrix = buildTopicMatrix({ versions: [a, b, gap], correspondences }, [
    'armed-forces',
    'nato',
  ]);

  it('CSV: one record per cell with what it is compared against, its mark and sources', () => {
    expect(matrixToCsv(matrix, lookup).split('\r\n')).toEqual([
      MATRIX_CSV_COLUMNS.join(','),
      'Armed forces,a,A,2025-11-20,full-text,6,"600,000",,first,First version of its line: later versions are compared with it,"6: Army capped at 600,000 personnel.",Axios (2025-11-20) https://axios.example/s1',
      'Armed forces,b,B,2025-11-23,full-text,6,"800,000",a,changed,"Changed, compared with A (changed: 6)","6: Army capped at 800,000, in peacetime.","Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/s2"',
      'Armed forces,gap,GAP,2025-11-24,reported-changes,,dropped: 6,a,changed,"Changed, compared with A (dropped: 6)",,"Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/s2"',
      'NATO,a,A,2025-11-20,full-text,,nothing on this topic,,first,First version of its line: later versions are compared with it,,',
      'NATO,b,B,2025-11-23,full-text,,nothing on this topic,a,none,Nothing on this topic in either version (compared with A),,',
      'NATO,gap,GAP,2025-11-24,reported-changes,,no text; not reported,a,none,Nothing on this topic in either version (compared with A),,',
      '',
    ]);
  });

  it('Markdown: a topics × versions table, each mark naming what it is compared against', () => {
    const md = matrixToMarkdown(matrix, lookup);
    expect(md).toContain(PARAPHRASE_DISCLOSURE);
    expect(md).toContain('| Topic | A (2025-11-20) | B (2025-11-23) | GAP (2025-11-24) |');
    expect(md).toContain(
      '| Armed forces | 600,000 (6) [^1] | 800,000 (6) *(changed from A)* [^2] | dropped: 6 *(changed from A)* [^2] |',
    );
    expect(md).toContain(
      '| NATO | nothing on this topic | nothing on this topic | no text; not reported |',
    );
    expect(md).toContain('- **Armed forces:** 600,000 → 800,000 → dropped: 6');
    expect(md).toContain(
      '[^2]: Reuters (via open.kg), 2025-11-23, approximate: <https://open.kg/s2>',
    );
  });
});
