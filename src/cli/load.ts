/**
 * Turning a LEFT/RIGHT argument into a version: a bundled id, a JSON draft (validated by the one
 * schema) or a text draft (parsed by `parseDraftText`). Files are read by `readDraftFileSync`
 * (regular files only, size checked first) and checked by `checkDraft`, with the same limits and
 * messages as the import dialog. Every failure is a message naming the file, and the line or the
 * field.
 */
import { basename } from 'node:path';
import type { Dataset, Version } from '../core/model/types';
import { checkDraft } from '../core/text/check-draft';
import { slugId, versionFromParse } from '../core/text/draft-version';
import { readDraftFileSync } from './read-file';

/** A loaded version and the warnings to print, or the errors that stop the command. */
export type Loaded =
  { ok: true; version: Version; warnings: string[] } | { ok: false; errors: string[] };

const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown)$/i;

/** Warnings printed one by one; beyond, one line counts the rest. */
const WARNINGS_SHOWN = 50;

/** Reads a JSON or text draft file into a version; `taken` ids are avoided for text drafts. */
export function loadFile(file: string, taken: ReadonlySet<string>): Loaded {
  const read = readDraftFileSync(file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { text } = read;

  const looksJson = /\.json$/i.test(file) || (!TEXT_EXTENSIONS.test(file) && /^\s*\{/.test(text));
  const check = checkDraft({
    text,
    fileName: file,
    format: looksJson ? 'json' : 'text',
    level: 'data',
    bytes: read.bytes,
    positions: 'cli',
  });
  switch (check.kind) {
    case 'refused':
      return { ok: false, errors: check.problems };
    case 'json':
      if (!check.version) return { ok: false, errors: check.problems };
      return { ok: true, version: check.version, warnings: notices(file, check.notices) };
    case 'text': {
      const warnings = check.parse.issues
        .filter((issue) => issue.severity === 'warning')
        .map((issue) => `${file}:${issue.line}: warning: ${issue.message}`);
      const shown = warnings.slice(0, WARNINGS_SHOWN);
      if (warnings.length > WARNINGS_SHOWN)
        shown.push(`${file}: warning: ${warnings.length - WARNINGS_SHOWN} more warnings not shown`);
      shown.push(...notices(file, check.notices));
      if (check.problems.length) return { ok: false, errors: [...shown, ...check.problems] };
      const name = basename(file).replace(/\.[^.]*$/, '') || basename(file);
      let id = slugId(name);
      // A file named after a bundled version must not take its id (correspondences are keyed by id).
      while (taken.has(id)) id = `${id}-file`;
      const version = versionFromParse(check.parse, text, {
        id,
        fallbackTitle: name,
        date: read.modified.toISOString().slice(0, 10),
      });
      return { ok: true, version, warnings: shown };
    }
    default: {
      const never: never = check;
      return never;
    }
  }
}

const notices = (file: string, list: readonly string[]) =>
  list.map((n) => `${file}: warning: ${n}`);

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
