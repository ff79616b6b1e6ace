// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, type Comparison, type Row } from '../compare/rows';
import type { Point, Source, Version } from '../model/types';
import { PARAPHRASE_DISCLOSURE } from './common';
import { comparisonToCsv, csvField } from './csv';
import { escapeMarkdown } from './footnotes';
import { comparisonToJson } from './json';
import { comparisonToMarkdown } from './markdown';
import { comparisonToText } from './text';

const sources: ReadonlyMap<string, Source> = new Map([
  [
    'A1',
    {
      id: 'A1',
      outlet: 'Axios',
      url: 'https://axios.example/a1',
      date: '2025-11-20',
      holds: 'US plan',
    },
  ],
  [
    'E1',
    {
      id: 'E1',
      outlet: 'Reuters',
      site: 'open.kg',
      url: 'https://open.kg/e1',
      date: '2025-11-23',
      dateApproximate: true,
      holds: 'E3 plan',
    },
  ],
]);

function point(
  label: string,
  text: string,
  sourceIds: string[] = ['A1'],
  extra: Partial<Point> = {},
): Point {
  return { label, text, topics: ['security'], sources: sourceIds, ...extra };
}

function version(
  id: string,
  title: string,
  dateLabel: string,
  points: Point[],
  reportedBy: string[],
): Version {
  return {
    id,
    title,
    date: '2025-11-20',
    dateLabel,
    completeness: 'full-text',
    claimedPoints: 28,
    claimedBy: [],
    reportedBy,
    summary: '',
    points,
  };
}

const left = version(
  'us-28',
  'US draft',
  '20 Nov 2025',
  [
    point('1', 'Sovereignty.'),
    point('6', 'Capped at 600,000 personnel.'),
    point('26', 'Full amnesty.'),
  ],
  ['A1'],
);
const right = version(
  'e3',
  'E3 counter',
  '23 Nov 2025',
  [point('1', 'Sovereignty.', ['E1']), point('6', 'Capped at 800,000 in peacetime.', ['E1'])],
  ['E1'],
);

const rows: Row[] = [
  {
    key: 'L:us-28:1|R:e3:1',
    kind: 'unchanged',
    moved: false,
    disputed: false,
    left: [left.points[0]!],
    right: [right.points[0]!],
    basis: { kind: 'engine', similarity: 1 },
    similarity: 1,
    explain: [],
  },
  {
    key: 'L:us-28:6|R:e3:6',
    kind: 'changed',
    moved: true,
    disputed: false,
    left: [left.points[1]!],
    right: [right.points[1]!],
    basis: { kind: 'reported', sources: ['E1'] },
    change: { from: '600,000', to: '800,000' },
    similarity: 0.72,
    words: {
      kind: 'words',
      ops: [
        { op: 'equal', text: 'Capped at ' },
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: '800,000' },
        { op: 'equal', text: ' ' },
        { op: 'delete', text: 'personnel' },
        { op: 'insert', text: 'in peacetime' },
        { op: 'equal', text: '.' },
      ],
    },
    wording: 'changes',
    explain: ['moved from 7 to 6'],
  },
  {
    key: 'L:us-28:26|R:',
    kind: 'dropped',
    moved: false,
    disputed: false,
    left: [left.points[2]!],
    right: [],
    basis: { kind: 'reported', sources: ['E1'] },
    readings: [{ status: 'dropped', note: 'amnesty left out', sources: ['E1'] }],
    explain: [],
  },
];

const comparison: Comparison = {
  left,
  right,
  rows,
  summary: summarize(rows),
  notices: ['E3 counter: 2 of 28 points are known.'],
};

describe('comparisonToMarkdown', () => {
  it('renders the exact report', () => {
    expect(
      comparisonToMarkdown(comparison, sources, {
        permalink: 'https://viewer.example/?l=us-28&r=e3',
      }),
    ).toBe(
      [
        '# Changes from US draft (20 Nov 2025) to E3 counter (23 Nov 2025)',
        '',
        '- **From:** US draft, 20 Nov 2025. Full text; 3 of 28 points known. Reported by Axios[^1].',
        '- **To:** E3 counter, 23 Nov 2025. Full text; 2 of 28 points known. Reported by Reuters[^2].',
        '- **Permalink:** <https://viewer.example/?l=us-28&r=e3>',
        '',
        "*Point texts are the project's own paraphrases of what outlets reported, not the documents' wording; drafts you import are shown as you gave them.*",
        '',
        '**Summary:** 1 changed (reported), 1 dropped (reported), 1 unchanged; 1 moved.',
        '',
        '> **Note:** E3 counter: 2 of 28 points are known.',
        '',
        '## What changed',
        '',
        '- **Dropped** (1 point): 26; reported by Reuters.',
        '- **Changed** (1 point): 6; reported by Reuters.',
        '- 1 point unchanged or reported kept.',
        '',
        '## Changes',
        '',
        '### 6 → 6 · Changed · moved',
        '',
        'Reported by Reuters[^2].',
        '',
        '- **Reported change:** 600,000 → 800,000',
        '- **Before (6):** Capped at 600,000 personnel.[^1]',
        '- **After (6):** Capped at 800,000 in peacetime.[^2]',
        '- **Word changes:** Capped at ~~600,000~~ **800,000** ~~personnel~~ **in peacetime**.',
        '- **Why:** moved from 7 to 6',
        '',
        '### 26 → — · Dropped',
        '',
        'No text is public on the other side; what outlets reported about this point:',
        '',
        '- **Before (26):** Full amnesty.[^1]',
        '- **Reported dropped:** amnesty left out[^2]',
        '',
        '## Unchanged (1)',
        '',
        'The same text on both sides.',
        '',
        '- 1 → 1',
        '',
        '## Sources',
        '',
        '[^1]: Axios, 2025-11-20: <https://axios.example/a1>',
        '[^2]: Reuters (via open.kg), 2025-11-23, approximate: <https://open.kg/e1>',
        '',
      ].join('\n'),
    );
  });

  it('contains no current date and is deterministic', () => {
    expect(comparisonToMarkdown(comparison, sources)).toBe(
      comparisonToMarkdown(comparison, sources),
    );
    expect(comparisonToMarkdown(comparison, sources)).not.toContain(
      new Date().toISOString().slice(0, 10),
    );
  });

  it('escapes Markdown in untrusted texts', () => {
    expect(escapeMarkdown('a*b_c [x](javascript:y) <script> `c` | ~~s~~ \\ &amp; Q&A')).toBe(
      'a\\*b\\_c \\[x\\](javascript:y) \\<script\\> \\`c\\` \\| \\~\\~s\\~\\~ \\\\ \\&amp; Q&A',
    );
    const hostile = point('6', '**bold** [link](http://x) <img src=x>\nnext line');
    const c: Comparison = {
      ...comparison,
      rows: [{ ...rows[2]!, left: [hostile], readings: [] }],
    };
    const md = comparisonToMarkdown(c, sources);
    expect(md).toContain(
      '- **Before (6):** \\*\\*bold\\*\\* \\[link\\](http://x) \\<img src=x\\> next line[^1]',
    );
  });

  it('renders a rewritten row and flags', () => {
    const flagged = point('10', 'Guarantee.', ['A1'], {
      flags: [{ kind: 'disputed', note: 'troops or jets', sources: ['E1'] }],
      alternatives: [{ text: 'Jets in Poland.', sources: [] }],
    });
    const row: Row = {
      key: 'k',
      kind: 'changed',
      moved: false,
      disputed: true,
      left: [flagged],
      right: [point('10', 'Other.')],
      basis: { kind: 'engine', similarity: 0.4 },
      similarity: 0.4,
      words: { kind: 'rewritten', reason: 'too many edits' },
      wording: 'changes',
      explain: [],
    };
    const md = comparisonToMarkdown(
      { ...comparison, rows: [row], summary: summarize([row]), notices: [] },
      sources,
    );
    expect(md).toContain(
      [
        '### 10 → 10 · Changed · disputed',
        '',
        "Matched by text, 40% similar: the engine's judgement, no link is recorded.",
        '',
        '- **Before (10):** Guarantee.[^1]',
        '- **After (10):** Other.[^1]',
        '- **Word changes:** rewritten as a whole (too many edits); word changes not shown.',
        '- **Disputed (before, 10):** troops or jets[^2]',
        '- **Another reading (before, 10):** Jets in Poland.',
      ].join('\n'),
    );
    expect(md).toContain('**Summary:** 1 changed (matched by text); 1 disputed.');
  });
});

describe('rows with nothing to read', () => {
  const notReported: Row = {
    key: 'L:us-28:26|R:',
    kind: 'not-reported',
    moved: false,
    disputed: false,
    left: [left.points[2]!],
    right: [],
    basis: { kind: 'none' },
    explain: [],
  };
  const c: Comparison = {
    ...comparison,
    rows: [rows[0]!, notReported],
    summary: summarize([rows[0]!, notReported]),
    notices: [],
  };

  it('lists not-reported points compactly in Markdown', () => {
    const md = comparisonToMarkdown(c, sources);
    expect(md).toContain(
      '## Changes\n\nNo change is reported or inferred.\n\n## Not reported (1)\n\n' +
        'The other version has no public text, and no outlet reported what happened to these points.\n\n- 26 → —\n\n' +
        '## Unchanged (1)\n\nThe same text on both sides.\n\n- 1 → 1\n',
    );
  });

  it('gives them one line each in the terminal view', () => {
    expect(comparisonToText(c, sources).split('\n').slice(-3)).toEqual([
      '1 → 1  Unchanged',
      '26 → —  Not reported',
      '',
    ]);
  });
});

describe('comparisonToCsv', () => {
  it('renders the exact CSV', () => {
    expect(comparisonToCsv(comparison, sources)).toBe(
      [
        'left_labels,right_labels,kind,basis,moved,disputed,similarity,change,note,left_text,right_text,wording,word_changes,sources',
        '1,1,unchanged,engine,no,no,1.00,,,Sovereignty.,Sovereignty.,,,"Axios (2025-11-20) https://axios.example/a1 | Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/e1"',
        '6,6,changed,reported,yes,no,0.72,"600,000 → 800,000",,"Capped at 600,000 personnel.","Capped at 800,000 in peacetime.",changes,"600,000 → 800,000; personnel → in peacetime","Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/e1 | Axios (2025-11-20) https://axios.example/a1"',
        '26,,dropped,reported,no,no,,,,Full amnesty.,,,,"Reuters (via open.kg) (2025-11-23, approximate) https://open.kg/e1 | Axios (2025-11-20) https://axios.example/a1"',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('neutralises formula injection', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a=b')).toBe('a=b');
    const evil = point('1', '=cmd|"/C calc"!A0', ['X9']);
    const row: Row = {
      key: 'k',
      kind: 'added',
      moved: false,
      disputed: false,
      left: [],
      right: [evil],
      basis: { kind: 'engine' },
      explain: [],
    };
    const csv = comparisonToCsv({ ...comparison, rows: [row] }, sources);
    expect(csv.split('\r\n')[1]).toBe(
      ',1,added,engine,no,no,,,,,"\'=cmd|""/C calc""!A0",,,X9 (not in the source register)',
    );
  });
});

/** A strict RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quote');
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(cell))
        throw new Error(`bare quote or line break in ${JSON.stringify(cell)}`);
      i += cell.length;
    }
    record.push(cell);
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (text[i] === ',') i++;
    else if (i < text.length) throw new Error(`junk after a quoted cell at ${i}`);
  }
  return records;
}

describe('comparisonToCsv (property)', () => {
  it('reads back cell for cell, every record with 14 cells, injection neutralised', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ maxLength: 30 }),
        (text, label) => {
          const row: Row = {
            key: 'k',
            kind: 'added',
            moved: false,
            disputed: false,
            left: [],
            right: [point(label || 'x', text)],
            basis: { kind: 'engine' },
            explain: [],
          };
          const records = readCsv(comparisonToCsv({ ...comparison, rows: [row] }, sources));
          expect(records).toHaveLength(2);
          expect(records[1]).toHaveLength(14);
          const cell = records[1]![10]!;
          expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('comparisonToText', () => {
  it('renders the exact terminal view', () => {
    expect(comparisonToText(comparison, sources, 60)).toBe(
      [
        'Changes from US draft (20 Nov 2025) to E3 counter (23 Nov',
        '2025)',
        'From: US draft, 20 Nov 2025. Full text; 3 of 28 points',
        '      known.',
        'To:   E3 counter, 23 Nov 2025. Full text; 2 of 28 points',
        '      known.',
        "Point texts are the project's own paraphrases of what",
        "outlets reported, not the documents' wording; drafts you",
        'import are shown as you gave them.',
        'Summary: 1 changed (reported), 1 dropped (reported), 1',
        '         unchanged; 1 moved.',
        'Note: E3 counter: 2 of 28 points are known.',
        '='.repeat(60),
        '1 → 1  Unchanged',
        '',
        '6 → 6  Changed, moved',
        '  Reported by Reuters [1].',
        '  Reported change: 600,000 → 800,000',
        '  6 → 6: Capped at [-600,000-]{+800,000+}',
        '         [-personnel-]{+in peacetime+}.',
        '',
        '26 → —  Dropped',
        '  - 26: Full amnesty. [2]',
        '  * Reported dropped: amnesty left out [1]',
        '',
        'Sources',
        '  [1] Reuters (via open.kg) (2025-11-23, approximate)',
        '      https://open.kg/e1',
        '  [2] Axios (2025-11-20) https://axios.example/a1',
        '',
      ].join('\n'),
    );
  });

  it('never writes a line over the width unless a single word is longer', () => {
    for (const width of [40, 60, 100]) {
      for (const line of comparisonToText(comparison, sources, width).split('\n')) {
        if (!line.trim().includes(' ')) continue;
        expect([...line].length).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('comparisonToJson', () => {
  it('has exactly the spec shape: kind, basis and sources on every row, the disclosure once', () => {
    const json = comparisonToJson(comparison);
    expect(json.disclosure).toBe(PARAPHRASE_DISCLOSURE);
    expect(json.left).toEqual({ id: 'us-28', title: 'US draft', points: 3 });
    expect(json.right).toEqual({ id: 'e3', title: 'E3 counter', points: 2 });
    expect(json.rows).toEqual([
      {
        kind: 'unchanged',
        basis: 'engine',
        sources: [],
        moved: false,
        disputed: false,
        left: [{ label: '1', text: 'Sovereignty.' }],
        right: [{ label: '1', text: 'Sovereignty.' }],
        similarity: 1,
      },
      {
        kind: 'changed',
        basis: 'reported',
        sources: ['E1'],
        moved: true,
        disputed: false,
        change: { from: '600,000', to: '800,000' },
        left: [{ label: '6', text: 'Capped at 600,000 personnel.' }],
        right: [{ label: '6', text: 'Capped at 800,000 in peacetime.' }],
        similarity: 0.72,
        wording: 'changes',
        words: [
          { op: 'equal', text: 'Capped at ' },
          { op: 'delete', text: '600,000' },
          { op: 'insert', text: '800,000' },
          { op: 'equal', text: ' ' },
          { op: 'delete', text: 'personnel' },
          { op: 'insert', text: 'in peacetime' },
          { op: 'equal', text: '.' },
        ],
      },
      {
        kind: 'dropped',
        basis: 'reported',
        sources: ['E1'],
        moved: false,
        disputed: false,
        readings: [{ status: 'dropped', note: 'amnesty left out', sources: ['E1'] }],
        left: [{ label: '26', text: 'Full amnesty.' }],
        right: [],
      },
    ]);
    expect(json.summary.counts).toEqual({
      changed: 1,
      dropped: 1,
      added: 0,
      merged: 0,
      split: 0,
      open: 0,
      unknown: 0,
      'not-reported': 0,
      kept: 0,
      unchanged: 1,
    });
    expect(json.summary.byBasis.dropped).toEqual({ reported: 1, inferred: 0, engine: 0, none: 0 });
    expect(json.notices).toEqual(['E3 counter: 2 of 28 points are known.']);
  });

  it('puts "rewritten" instead of words and omits undefined keys', () => {
    const row: Row = { ...rows[1]!, words: { kind: 'rewritten', reason: 'budget' } };
    delete row.similarity;
    delete row.change;
    const json = comparisonToJson({ ...comparison, rows: [row] });
    expect(Object.keys(json.rows[0]!)).toEqual([
      'kind',
      'basis',
      'sources',
      'moved',
      'disputed',
      'left',
      'right',
      'wording',
      'rewritten',
    ]);
    expect(json.rows[0]!.rewritten).toBe('budget');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
