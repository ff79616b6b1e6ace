import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayEntryLines, jsonSyntaxError, lineAt, valueLine } from './json-lines';

describe('arrayEntryLines', () => {
  it('finds the line where each entry of a nested array starts', () => {
    const text = [
      '{',
      '  "format": "x",',
      '  "notes": [',
      '    {"a": 1},',
      '',
      '    {',
      '      "b": "[{,}]"',
      '    },',
      '    3',
      '  ]',
      '}',
    ].join('\n');
    expect(arrayEntryLines(text, ['notes'])).toEqual([4, 6, 9]);
  });

  it('handles a root array, CRLF line ends and strings with quotes and braces', () => {
    const text = '[\r\n  "a \\" ] {",\r\n  {"k": "\\u005b"}\r\n]';
    expect(arrayEntryLines(text, [])).toEqual([2, 3]);
  });

  it('uses the last of repeated keys, as JSON.parse does', () => {
    expect(arrayEntryLines('{"notes": [1],\n"notes": [\n2, 3]}', ['notes'])).toEqual([3, 3]);
  });

  it('returns nothing when the path holds no array', () => {
    expect(arrayEntryLines('{"notes": {}}', ['notes'])).toEqual([]);
    expect(arrayEntryLines('{}', ['notes'])).toEqual([]);
  });

  it('finds as many entries as JSON.parse for any JSON array', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.boolean(), (values, pretty) => {
        const text = JSON.stringify({ notes: values }, null, pretty ? 2 : undefined);
        expect(arrayEntryLines(text, ['notes'])).toHaveLength(values.length);
      }),
    );
  });
});

describe('valueLine', () => {
  it('finds the line of a value by path', () => {
    expect(valueLine('{\n"a": {\n "b": [0,\n 1]}}', ['a', 'b', 1])).toBe(4);
    expect(valueLine('{}', ['a'])).toBeUndefined();
  });
});

describe('jsonSyntaxError', () => {
  it('locates the first error by line and column', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      line: 3,
      column: 8,
      message: 'unexpected character "t"',
    });
    expect(jsonSyntaxError('[1,\n 2,\n]')).toEqual({
      line: 3,
      column: 1,
      message: 'unexpected character "]"',
    });
    expect(jsonSyntaxError('{"a": "x\ny"}')).toMatchObject({
      line: 1,
      message: 'control character in a string',
    });
    expect(jsonSyntaxError('{"a": 1} x')).toMatchObject({
      line: 1,
      column: 10,
      message: 'unexpected text after the end',
    });
    expect(jsonSyntaxError('')).toMatchObject({ line: 1, message: 'unexpected end of text' });
  });

  it('accepts exactly what JSON.parse accepts (on arbitrary and on damaged JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 2 }), (value, at, junk) => {
        const good = JSON.stringify(value, null, 1);
        const bad =
          good.slice(0, at % (good.length + 1)) + junk + good.slice(at % (good.length + 1));
        for (const text of [good, bad]) {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(jsonSyntaxError(text) === null).toBe(parses);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('lineAt', () => {
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 99)).toBe(3);
  });
});
