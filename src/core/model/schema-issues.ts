/**
 * zod issues in words: where each sits (`point 10a › sources`) and what is wrong, for the one
 * schema (schema.ts) and the data set checks (parse-dataset.ts).
 */
import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';

/** Describe where an issue sits: `point 10a (points[11]) field "sources"`. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next =
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key as string]
        : undefined;
    if (key === 'points' && typeof path[i + 1] === 'number') {
      // "point 10a" says it better than "points › [11]".
    } else if (path[i - 1] === 'points' && typeof key === 'number') {
      const label =
        next !== null && typeof next === 'object' ? (next as { label?: unknown }).label : undefined;
      parts.push(typeof label === 'string' ? `point ${label}` : `point #${key + 1}`);
    } else if (typeof key === 'number') {
      parts.push(`[${key}]`);
    } else {
      parts.push(String(key));
    }
    node = next;
  }
  return parts.join(' › ');
}

/**
 * zod/mini ships no messages (a locale would weigh on the first load): where a rule has no message
 * of its own, say what is wrong in words, naming unknown keys ("Invalid input" named nothing).
 * Given to each parse, which zod ranks above any global locale: a locale installed by other code
 * in the same process (importing the full `zod` installs English) cannot change these words.
 */
function wordsFor(issue: z.core.$ZodRawIssue): string | undefined {
  const unit = (origin: string) => (origin === 'string' ? 'characters' : 'items');
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_big':
      return `too long: at most ${Number(issue.maximum).toLocaleString('en')} ${unit(issue.origin)}`;
    case 'too_small':
      return `too short: at least ${Number(issue.minimum).toLocaleString('en')} ${unit(issue.origin)}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    // Our schemas raise these with messages of their own (refinements, formats, enums).
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_union':
    case 'invalid_value':
    case 'not_multiple_of':
      return undefined;
  }
}

function issuesOf(error: z.core.$ZodError, where: string, input: unknown): string[] {
  return error.issues.map((issue) => {
    const at = describePath(issue.path, input);
    return `${where}: ${at ? `${at}: ` : ''}${issue.message}`;
  });
}

/** Parses `input` with `schema`; failures are messages that start with `where`. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, where: string): Result<T> {
  const parsed = z.safeParse(schema, input, { error: wordsFor });
  return parsed.success ? ok(parsed.data) : fail(issuesOf(parsed.error, where, input));
}
