/**
 * Argument parsing of `npm run compare`: a pure function from argv to a command, so it is tested
 * without spawning a process.
 */

import { CONTROL_CHARACTER } from '../core/text/controls';
import { limitsSentence } from '../core/text/limits';

/** The output formats of `compare`. */
export const FORMATS = ['text', 'md', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'list' }
  | {
      kind: 'compare';
      left: string;
      right: string;
      format: Format;
      /** Width of the text view; `undefined` = the terminal's, or 100. */
      width?: number;
      permalink?: string;
    }
  | { kind: 'error'; message: string };

export const USAGE = `Compare two versions of the peace plan, point by point.

Usage:
  npm run --silent compare -- LEFT RIGHT [--format text|md|csv|json] [--width N]
  npm run --silent compare -- --list
  npm run --silent compare -- --help

LEFT and RIGHT are each one of:
  a bundled version id          e.g. us-28, e3-counter (see --list)
  a draft JSON file             in the format of data/versions/*.json (data/README.md)
  a plain-text or Markdown file .txt or .md; numbered points (1. 1) (1) Point 1: Article 1 § 1 I.)
                                or unnumbered paragraphs

Options:
  -f, --format FORMAT   text (default), md (Markdown report), csv, json
  -w, --width N         width of the text view, 40 to 500 (default: the terminal's, or 100)
      --permalink URL   an https:// link printed under the title of the md report
      --list            print the bundled versions as JSON
  -h, --help            print this help

Draft files: regular files only, UTF-8 (or UTF-16 with a byte-order mark).
${limitsSentence()}

Exit status: 0 on success; 2 on bad arguments or input, with a message on stderr naming the
file and the line (text drafts) or the field (JSON drafts).
`;

/** Width of the text view: the report needs 40 columns; beyond 500 nobody reads a line. */
export const WIDTH = { min: 40, max: 500 } as const;

/** Longest `--permalink` accepted: the app's own links stay far below (src/core/url). */
const PERMALINK_MAX = 8192;

/**
 * `--permalink` becomes a link in the Markdown report: https only (never `javascript:` or
 * `data:`), no credentials, no whitespace or control characters that would break the link or a
 * terminal.
 */
export function permalinkProblem(value: string): string | null {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (value.length > PERMALINK_MAX)
    return `--permalink is ${value.length.toLocaleString('en')} characters long; the limit is ${PERMALINK_MAX.toLocaleString('en')}`;
  if (/\s/.test(value) || CONTROL_CHARACTER.test(value))
    return `--permalink must not contain spaces or control characters: "${shown}"`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `--permalink must be an https:// URL, not "${shown}"`;
  }
  if (url.protocol !== 'https:') return `--permalink must be an https:// URL, not "${shown}"`;
  if (url.username || url.password) return '--permalink must not carry a user name or password';
  return null;
}

/** Parses the arguments after `compare` (`process.argv.slice(2)`). */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  let format: Format = 'text';
  let width: number | undefined;
  let permalink: string | undefined;
  let list = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);

    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--list':
        list = true;
        break;
      case '-f':
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format))
          return {
            kind: 'error',
            message: `--format must be one of ${FORMATS.join(', ')}, not "${v ?? ''}"`,
          };
        format = v as Format;
        break;
      }
      case '-w':
      case '--width': {
        const v = value();
        // Digits only: Number() would also take "1e3", "0x40" and " 80 ".
        const n = /^\d{1,6}$/.test(v ?? '') ? Number(v) : NaN;
        if (!(n >= WIDTH.min && n <= WIDTH.max))
          return {
            kind: 'error',
            message: `--width must be a whole number from ${WIDTH.min} to ${WIDTH.max}, not "${v ?? ''}"`,
          };
        width = n;
        break;
      }
      case '--permalink': {
        const v = value();
        if (!v) return { kind: 'error', message: '--permalink needs a URL' };
        const problem = permalinkProblem(v);
        if (problem) return { kind: 'error', message: problem };
        permalink = v;
        break;
      }
      case '--':
        positional.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-')
          return { kind: 'error', message: `unknown option "${arg}"` };
        positional.push(arg);
    }
  }

  if (list) {
    return positional.length
      ? { kind: 'error', message: '--list takes no versions' }
      : { kind: 'list' };
  }
  if (positional.length !== 2) {
    return {
      kind: 'error',
      message: `expected two versions (LEFT RIGHT), got ${positional.length}${positional.length ? `: ${positional.join(' ')}` : ''}`,
    };
  }
  const [left = '', right = ''] = positional;
  return {
    kind: 'compare',
    left,
    right,
    format,
    ...(width === undefined ? {} : { width }),
    ...(permalink === undefined ? {} : { permalink }),
  };
}
