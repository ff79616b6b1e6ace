import { describe, expect, it } from 'vitest';
import { compareVersions } from '../compare/compare';
import { buildImport, type ImportInput } from './import-draft';

const base: ImportInput = {
  text: '',
  title: 'Leaked draft',
  date: '2026-11-22',
  sourceId: 'UTEST',
};
const twenty = Array.from(
  { length: 20 },
  (_, i) => `${i + 1}. Point number ${i + 1} of the new draft.`,
).join('\n');

describe('buildImport', () => {
  it('turns a numbered text into a version with one point per number', () => {
    const out = buildImport({ ...base, text: twenty });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.version.points.map((p) => p.label)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(out.version.title).toBe('Leaked draft');
    expect(out.version.ownSources).toBeUndefined();
  });

  it('cites the outlet and https link the reader gave on every point', () => {
    const out = buildImport({
      ...base,
      text: twenty,
      outlet: 'Kyiv Independent',
      url: 'https://kyivindependent.com/x',
    });
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.version.ownSources).toEqual([
      expect.objectContaining({
        id: 'UTEST',
        outlet: 'Kyiv Independent',
        url: 'https://kyivindependent.com/x',
      }),
    ]);
    expect(out.version.points.every((p) => p.sources[0] === 'UTEST')).toBe(true);
    expect(out.version.reportedBy).toEqual(['UTEST']);
  });

  it.each([
    [{ text: '   ' }, /The draft is empty/],
    [{ text: twenty, title: ' ' }, /Title: give the draft a title/],
    [{ text: twenty, url: 'http://example.org' }, /Link: must start with https/],
    [{ text: twenty, url: 'javascript:alert(1)' }, /Link: must start with https/],
    [{ text: twenty, outlet: 'Axios' }, /Link: add the https/],
    [{ text: '{"id": "x"', fileName: 'x.json' }, /^x\.json: line 1, column 11: not valid JSON/],
    [{ text: '{"id": "my-draft", "title": "T"}', fileName: 'draft.json' }, /draft\.json: date: /],
  ])('explains bad input %#', (patch, message) => {
    const out = buildImport({ ...base, ...patch });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.join('\n')).toMatch(message);
  });

  it('validates a JSON draft with the data schema, naming the point and field', () => {
    const json = JSON.stringify({
      id: 'my-draft',
      title: 'T',
      date: '2026-01-01',
      completeness: 'full-text',
      claimedPoints: 1,
      claimedBy: [],
      reportedBy: [],
      summary: '',
      points: [{ label: '1', text: '', topics: [], sources: [] }],
    });
    const out = buildImport({ ...base, text: json, fileName: 'my-draft.json' });
    expect(out.ok ? [] : out.errors).toEqual(['my-draft.json: point 1 › text: must not be empty']);
  });

  it('keeps hostile text as plain data (no transformation)', () => {
    const out = buildImport({
      ...base,
      text: '1. <img src=x onerror=alert(1)>\n2. <script>alert(2)</script>',
    });
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.version.points.map((p) => p.text)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script>',
    ]);
  });
});

describe('how complete the reader says the text is (issue #11)', () => {
  it('is a partial text unless the reader says it is the full text', () => {
    const partial = buildImport({ ...base, text: twenty });
    expect(partial.ok && partial.version.completeness).toBe('partial-text');
    const full = buildImport({ ...base, text: twenty, completeness: 'full-text' });
    expect(full.ok && full.version.completeness).toBe('full-text');
    const summaries = buildImport({ ...base, text: twenty, completeness: 'point-summaries' });
    expect(summaries.ok && summaries.version.completeness).toBe('point-summaries');
  });

  it('keeps the completeness a JSON file states', () => {
    const json = JSON.stringify({
      id: 'my-draft',
      title: 'T',
      date: '2026-01-01',
      completeness: 'full-text',
      claimedPoints: null,
      claimedBy: [],
      reportedBy: [],
      summary: '',
      points: [{ label: '1', text: 'One.', topics: [], sources: [] }],
    });
    const out = buildImport({
      ...base,
      text: json,
      fileName: 'd.json',
      completeness: 'partial-text',
    });
    expect(out.ok && out.version.completeness).toBe('full-text');
  });
});

describe('keys that name Object.prototype members are ordinary data (issue #18)', () => {
  it('imports points labelled __proto__, constructor, prototype, … and compares them', () => {
    const labels = [
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ];
    const json = JSON.stringify({
      id: 'p',
      title: 'P',
      date: '2026-01-01',
      completeness: 'partial-text',
      claimedPoints: null,
      claimedBy: [],
      reportedBy: [],
      summary: '',
      points: labels.map((label) => ({ label, text: `Point ${label}.`, topics: [], sources: [] })),
    });
    const out = buildImport({ ...base, text: json, fileName: 'p.json' });
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.version.points.map((p) => p.label)).toEqual(labels);
    const copy = { ...out.version, id: 'imported-copy' };
    const c = compareVersions(out.version, copy, { correspondences: [] });
    expect(c.rows.map((r) => [r.kind, r.left[0]?.label])).toEqual(
      labels.map((l) => ['unchanged', l]),
    );
  });
});
