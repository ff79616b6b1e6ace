/**
 * Turning a LEFT/RIGHT argument into a version: a bundled id, a JSON draft (validated by the one
 * schema) or a text draft (parsed by `parseDraftText`). Every failure is a message naming the
 * file, and the line or the field.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseVersionJson } from '../core/model/schema';
import type { Dataset, Version } from '../core/model/types';
import { slugId, textDraftToVersion } from '../core/text/draft-version';

/** A loaded version and the warnings to print, or the errors that stop the command. */
export type Loaded =
  { ok: true; version: Version; warnings: string[] } | { ok: false; errors: string[] };

const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown)$/i;

/** "file.json:3:14: …" from a JSON.parse error, whose message gives a character position. */
export function jsonSyntaxError(file: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (!at) return `${file}: not valid JSON: ${message}`;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${file}:${line}:${column}: not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`;
}

/** Reads a JSON or text draft file into a version; `taken` ids are avoided for text drafts. */
export function loadFile(file: string, taken: ReadonlySet<string>): Loaded {
  let text: string;
  let modified: Date;
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      return { ok: false, errors: [`${file}: is a directory, not a draft file`] };
    modified = stat.mtime;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    return { ok: false, errors: [`${file}: ${reason}`] };
  }

  const looksJson =
    /\.json$/i.test(file) || (!TEXT_EXTENSIONS.test(file) && /^\uFEFF?\s*\{/.test(text));
  if (looksJson) {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, errors: [jsonSyntaxError(file, text, error)] };
    }
    const parsed = parseVersionJson(json, file);
    return parsed.ok
      ? { ok: true, version: parsed.value, warnings: [] }
      : { ok: false, errors: parsed.errors };
  }

  const name = basename(file).replace(/\.[^.]*$/, '') || basename(file);
  let id = slugId(name);
  // A file named after a bundled version must not take its id (correspondences are keyed by id).
  while (taken.has(id)) id = `${id}-file`;
  const { version, parse } = textDraftToVersion(text, {
    id,
    fallbackTitle: name,
    date: modified.toISOString().slice(0, 10),
  });
  const messages = parse.issues.map(
    (issue) =>
      `${file}:${issue.line}: ${issue.severity === 'error' ? '' : 'warning: '}${issue.message}`,
  );
  if (parse.issues.some((issue) => issue.severity === 'error'))
    return { ok: false, errors: messages };
  return { ok: true, version, warnings: messages };
}

/**
 * A bundled version by id, else a file by path. A text draft's id avoids the bundled ids and
 * `alsoTaken` (the other side's id, so two files named alike stay two versions).
 */
export function loadSide(
  arg: string,
  data: Pick<Dataset, 'versions'>,
  alsoTaken: readonly string[] = [],
): Loaded {
  const bundledVersion = data.versions.find((v) => v.id === arg);
  if (bundledVersion) return { ok: true, version: bundledVersion, warnings: [] };
  const loaded = loadFile(arg, new Set([...data.versions.map((v) => v.id), ...alsoTaken]));
  if (loaded.ok || !/^[a-z0-9-]+$/.test(arg) || !loaded.errors[0]?.endsWith('no such file'))
    return loaded;
  const ids = data.versions.map((v) => v.id).join(', ');
  return {
    ok: false,
    errors: [`${arg}: no such file, and no bundled version has this id (bundled: ${ids})`],
  };
}
