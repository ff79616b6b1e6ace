/**
 * Argument parsing of `npm run compare`: a pure function from argv to a command, so it is tested
 * without spawning a process.
 */

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
  -w, --width N         width of the text view (default: the terminal's, or 100)
      --permalink URL   a link printed under the title of the md report
      --list            print the bundled versions as JSON
  -h, --help            print this help

Exit status: 0 on success; 2 on bad arguments or input, with a message on stderr naming the
file and the line (text drafts) or the field (JSON drafts).
`;

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
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
          return { kind: 'error', message: `--width must be a whole number, not "${v ?? ''}"` };
        width = n;
        break;
      }
      case '--permalink': {
        const v = value();
        if (!v) return { kind: 'error', message: '--permalink needs a URL' };
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
