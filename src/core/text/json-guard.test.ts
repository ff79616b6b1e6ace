// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { depthMessage, jsonDepthProblem, jsonSyntaxAt } from './json-guard';

describe('jsonDepthProblem', () => {
  it('accepts a version-shaped file, and brackets inside strings', () => {
    const version = '{"points":[{"label":"1","flags":[{"sources":["A1"]}],"text":"[[[[{{{{"}]}';
    expect(jsonDepthProblem(version, 6)).toBeNull();
  });

  it('finds the first bracket too deep, with its line, column and path', () => {
    const text = '{\n  "points": [{}, {"flags": [[[[[[[[1]]]]]]]]}]\n}';
    expect(jsonDepthProblem(text, 6)).toEqual({
      depth: 7,
      line: 2,
      column: 31,
      path: 'points › [1] › flags › [0] › [0] › [0]',
    });
  });

  it('scans 200,000 levels without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const found = jsonDepthProblem(deep, 16);
    expect(found).toMatchObject({ depth: 17, line: 1, column: 17 });
    expect(depthMessage(found!, 16)).toBe(
      'nested more than 16 levels deep (in [0] › [0] › [0] › [0] › [0] › [0] › …); a draft file is at most 6 levels deep, so this is not one.',
    );
  });

  it('treats __proto__ as an ordinary key', () => {
    expect(jsonDepthProblem('{"__proto__": {"constructor": [[[]]]}}', 3)).toMatchObject({
      path: '__proto__ › constructor › [0]',
    });
  });
});

describe('jsonSyntaxAt', () => {
  it('gives the line and column of a JSON.parse error', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonSyntaxAt(text, error)).toMatchObject({ line: 3, column: 3 });
    expect(jsonSyntaxAt(text, error).message).toMatch(/^not valid JSON: /);
  });
});
