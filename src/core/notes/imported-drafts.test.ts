import { describe, expect, it } from 'vitest';
import { draftTitleProblem, importedDraftId, parseImportedDraft } from './imported-drafts';
import { version } from './test-fixtures';

describe('importedDraftId', () => {
  it('makes a readable prefixed slug, unique against the ids given', () => {
    expect(importedDraftId('US–Ukraine 20-point draft (Dec 24)', new Set())).toBe(
      'imported-us-ukraine-20-point-draft-dec-24',
    );
    expect(importedDraftId('Draft', new Set(['imported-draft']))).toBe('imported-draft-2');
    expect(importedDraftId('Draft', new Set(['imported-draft', 'imported-draft-2']))).toBe(
      'imported-draft-3',
    );
  });

  it('strips accents, falls back to "draft" without ASCII letters, and stays short', () => {
    expect(importedDraftId('Élysée résumé', new Set())).toBe('imported-elysee-resume');
    expect(importedDraftId('Мирний план', new Set())).toBe('imported-draft');
    const long = importedDraftId('word '.repeat(40), new Set());
    expect(long.length).toBeLessThanOrEqual('imported-'.length + 48);
    expect(long).toMatch(/^imported-[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('draftTitleProblem', () => {
  it('refuses empty and overlong titles', () => {
    expect(draftTitleProblem('  ')).toBe('A title cannot be empty.');
    expect(draftTitleProblem('x'.repeat(301))).toBe('A title can be at most 300 characters.');
    expect(draftTitleProblem(' Fine ')).toBeNull();
  });
});

describe('parseImportedDraft', () => {
  const draft = {
    version: version({ id: 'imported-a' }),
    importedAt: '2025-11-25T10:00:00.000Z',
    sourceText: 'pasted',
  };

  it('accepts a valid draft', () => {
    expect(parseImportedDraft(draft, 'x')).toEqual({ ok: true, value: draft });
  });

  it("holds it to the import level: a reader's points may lack topics and sources", () => {
    const own = {
      ...draft,
      version: version({
        id: 'imported-a',
        points: [{ label: '1', text: 'Mine.', topics: [], sources: [] }],
      }),
    };
    expect(parseImportedDraft(own, 'x')).toEqual({ ok: true, value: own });
  });

  it('validates the version through the one schema and requires the prefix', () => {
    const noPrefix = parseImportedDraft(
      { ...draft, version: version({ id: 'us-28' }) },
      'imported draft 1',
    );
    expect(noPrefix).toEqual({
      ok: false,
      errors: ['imported draft 1: version id "us-28" must start with "imported-"'],
    });
    const badPoint = parseImportedDraft(
      {
        ...draft,
        version: {
          ...draft.version,
          points: [{ label: '1', text: ' ', topics: [], sources: [] }],
        },
      },
      'd',
    );
    expect(badPoint.ok).toBe(false);
    expect(!badPoint.ok && badPoint.errors[0]).toMatch(
      /^d: version: point 1 › text: must not be empty/,
    );
  });

  it('checks its own fields', () => {
    expect(parseImportedDraft({ ...draft, importedAt: 'soon', sourceText: 3 }, 'd')).toEqual({
      ok: false,
      errors: ['d: importedAt: must be an ISO date-time', 'd: sourceText: must be text'],
    });
    expect(parseImportedDraft([], 'd')).toEqual({ ok: false, errors: ['d: not an object'] });
  });
});
