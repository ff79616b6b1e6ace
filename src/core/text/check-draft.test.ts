// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftCheck } from './check-draft';

const numbered = (
  n: number,
  text = (i: number) => `Clause ${i}: the parties agree on item ${i}.`,
) => Array.from({ length: n }, (_, i) => `${i + 1}. ${text(i + 1)}`).join('\n');

const version = (patch: Record<string, unknown> = {}) => ({
  id: 'my-draft',
  title: 'A leaked draft',
  date: '2026-01-01',
  completeness: 'partial-text',
  claimedPoints: null,
  claimedBy: [],
  reportedBy: [],
  summary: '',
  points: [
    { label: '1', text: 'First point.', topics: [], sources: [] },
    { label: '2', text: 'Second point.', topics: [], sources: [] },
  ],
  ...patch,
});

function problems(check: DraftCheck): string[] {
  return check.problems;
}

describe('checkDraft: the inputs of issue #17', () => {
  it('20,000 numbered lines: says how many points and the limit, instead of failing on the last', () => {
    const check = checkDraft({ text: numbered(20_000) });
    expect(check).toEqual({
      kind: 'refused',
      problems: ['This draft has 20,000 points; the limit is 10,000. Import it in parts.'],
    });
  });

  it('10,000 numbered lines: read whole, numbered past 9,999', () => {
    const check = checkDraft({ text: numbered(10_000) });
    expect(check.kind).toBe('text');
    if (check.kind !== 'text') return;
    expect(check.problems).toEqual([]);
    expect(check.parse.points).toHaveLength(10_000);
    expect(check.parse.points.at(-1)).toMatchObject({ label: '10000', line: 10_000 });
  });

  it('12 MB on one line, pasted: refused by size before parsing', () => {
    const check = checkDraft({ text: 'x'.repeat(12 * 1024 * 1024) });
    expect(problems(check)).toEqual([
      'The pasted text is 12 MB; the limit is 5 MB. Import the draft in parts.',
    ]);
  });

  it('one long line under the byte limit: names the point, its length and the limit', () => {
    const check = checkDraft({ text: `1. ${'word '.repeat(10_000)}` });
    expect(check.kind).toBe('text');
    expect(problems(check)).toEqual([
      'Point 1 (from line 1) has 49,999 characters; the limit is 20,000 per point. Check its numbering, or choose another numbering style.',
    ]);
  });

  it('deeply nested JSON, 400 KB: refused before JSON.parse, naming line, column and path', () => {
    const text = `{"points": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(checkDraft({ text, fileName: 'deep.json' })).toEqual({
      kind: 'refused',
      problems: [
        'deep.json: line 1, column 27: nested more than 16 levels deep (in points › [0] › [0] › [0] › [0] › [0] › …); a draft file is at most 6 levels deep, so this is not one.',
      ],
    });
    // The CLI writes the position compiler-style.
    expect(checkDraft({ text, fileName: 'deep.json', positions: 'cli' }).problems).toEqual([
      expect.stringMatching(/^deep\.json:1:27: nested more than 16 levels deep/),
    ]);
  });

  it('too many lines: refused before parsing', () => {
    expect(problems(checkDraft({ text: 'a\n'.repeat(100_000) }))).toEqual([
      'This draft has 100,001 lines; the limit is 100,000. Import it in parts.',
    ]);
  });

  it('a file’s own byte size counts, not the text’s', () => {
    expect(
      problems(checkDraft({ text: '1. x', fileName: 'd.txt', bytes: 6 * 1024 * 1024 })),
    ).toEqual(['d.txt: This file is 6 MB; the limit is 5 MB. Import the draft in parts.']);
  });
});

describe('checkDraft: empty drafts (issue #18)', () => {
  it.each([
    [{ text: '' }, 'The draft is empty: paste its text or choose a file.'],
    [{ text: ' \n\t' }, 'The draft is empty: paste its text or choose a file.'],
    [
      { text: '', fileName: 'd.txt', bytes: 0 },
      'd.txt: the file is empty (0 bytes): there is no draft in it.',
    ],
    [
      { text: '\n\n  \n', fileName: 'd.md', bytes: 5 },
      'd.md: the file holds only spaces and blank lines: there is no draft in it.',
    ],
  ])('%j', (input, message) => {
    expect(checkDraft(input)).toEqual({ kind: 'refused', problems: [message] });
  });

  it('a text without points says so', () => {
    const check = checkDraft({ text: '# Only a title' });
    expect(check.kind).toBe('text');
    expect(problems(check)).toEqual([
      'No recognisable points: number the points ("1.", "2.", …) or separate them with blank lines.',
    ]);
  });
});

describe('checkDraft: JSON drafts', () => {
  it('shows schema errors naming the field, before any save', () => {
    const text = JSON.stringify(
      version({ date: 'yesterday', points: [{ label: '1', text: '', topics: [], sources: [] }] }),
    );
    expect(checkDraft({ text, fileName: 'd.json' })).toEqual({
      kind: 'json',
      version: null,
      problems: [
        'd.json: date: must be an ISO date like 2025-11-20',
        'd.json: point 1 › text: must not be empty',
      ],
      notices: [],
    });
  });

  it('refuses more points than the limit before validating them', () => {
    const points = Array.from({ length: 10_001 }, (_, i) => ({ label: String(i + 1) }));
    expect(
      problems(checkDraft({ text: JSON.stringify(version({ points })), fileName: 'big.json' })),
    ).toEqual(['big.json: This draft has 10,001 points; the limit is 10,000. Import it in parts.']);
  });

  it('keeps __proto__, constructor and prototype as data: unknown keys are named, labels are labels', () => {
    const hostile =
      '{"__proto__": {"points": []}, "constructor": 1, ' + JSON.stringify(version()).slice(1);
    const refused = checkDraft({ text: hostile, fileName: 'h.json' });
    expect(refused.kind).toBe('json');
    expect(problems(refused)).toEqual(['h.json: unknown fields "__proto__", "constructor"']);
    expect(({} as Record<string, unknown>).points).toBeUndefined();

    const labels = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
    const ok = checkDraft({
      text: JSON.stringify(
        version({
          points: labels.map((label) => ({
            label,
            text: `Point ${label}.`,
            topics: [],
            sources: [],
          })),
        }),
      ),
      fileName: 'labels.json',
    });
    expect(ok.kind === 'json' && ok.version?.points.map((p) => p.label)).toEqual(labels);
  });

  it('names line and column of a syntax error', () => {
    expect(
      problems(checkDraft({ text: '{\n  "id": "x"\n  "title": 1\n}', fileName: 'x.json' })),
    ).toEqual([expect.stringMatching(/^x\.json: line 3, column 3: not valid JSON: /)]);
  });

  it('refuses control characters in JSON text, naming the field and the character', () => {
    const text = JSON.stringify(
      version({
        points: [{ label: '1', text: 'Ukraine \u001b[2Jcedes', topics: [], sources: [] }],
      }),
    );
    expect(problems(checkDraft({ text, fileName: 'esc.json' }))).toEqual([
      'esc.json: point 1 › text: contains a control character (U+001B) at character 9; remove it',
    ]);
  });
});

describe('checkDraft: characters a reader should know about (issue #19)', () => {
  it('flags bidirectional and zero-width characters, naming the points', () => {
    const check = checkDraft({
      text: '1. Ukraine keeps \u202eDonbas\u202c.\n2. Plain point.\n3. Zero\u200bwidth.',
    });
    expect(check.kind === 'text' && check.notices).toEqual([
      'Hidden characters: 2 bidirectional control characters (such as a right-to-left override) and 1 zero-width character (such as a zero-width space) in point 1 (line 1), point 3 (line 3). They can make a text display differently from what is stored and compared; they are kept, and shown isolated.',
    ]);
    expect(check.kind === 'text' && check.parse.points[0]?.text).toBe(
      'Ukraine keeps \u202eDonbas\u202c.',
    );
  });

  it('removes terminal escape codes from text drafts, saying where', () => {
    const check = checkDraft({
      text: '1. \u001b]0;Pwned\u0007Ukraine cedes \u001b[2Jnothing.\n2. Fine.',
    });
    expect(check.kind).toBe('text');
    if (check.kind !== 'text') return;
    expect(check.parse.points[0]?.text).toBe('Ukraine cedes nothing.');
    expect(check.parse.issues).toContainEqual({
      line: 1,
      message:
        'control codes removed (14 characters: terminal escape sequences or other invisible commands)',
      severity: 'warning',
    });
  });
});

describe('checkDraft: progress', () => {
  it('reports rising progress with a message while reading a long draft', () => {
    const seen: number[] = [];
    const messages = new Set<string>();
    checkDraft({ text: numbered(9_000) }, (p, m) => {
      seen.push(p);
      messages.add(m);
    });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect([...messages]).toContain('Reading 9,000 lines…');
  });
});
