import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWith } from './schema-issues';

const point = z.strictObject({
  label: z.string().check(z.minLength(1)),
  tags: z.array(z.string()).check(z.maxLength(2)),
});

const messages = (input: unknown) => {
  const parsed = parseWith(point, input, 'p.json');
  return parsed.ok ? [] : parsed.errors;
};

const CASES: Array<[string, unknown, string[]]> = [
  [
    'unknown keys',
    { label: '1', tags: [], extra: 1, more: 2 },
    ['p.json: unknown fields "extra", "more"'],
  ],
  ['too short', { label: '', tags: [] }, ['p.json: label: too short: at least 1 characters']],
  ['too long', { label: '1', tags: ['a', 'b', 'c'] }, ['p.json: tags: too long: at most 2 items']],
  ['wrong type', { label: 1, tags: [] }, ['p.json: label: must be a string']],
  ['not a list', { label: '1', tags: 'a' }, ['p.json: tags: must be a list']],
];

describe('parseWith: what is wrong, in our words', () => {
  afterEach(() => {
    z.config({ localeError: undefined });
  });

  it.each(CASES)('%s', (_, input, expected) => {
    expect(messages(input)).toEqual(expected);
  });

  // The full `zod` installs its English locale globally; a test or a tool that imports it into the
  // same process once changed "unknown fields" into "Unrecognized keys" here.
  it.each(CASES)('%s: the same words with a zod locale installed', (_, input, expected) => {
    z.config(z.locales.en());
    expect(messages(input)).toEqual(expected);
  });
});
