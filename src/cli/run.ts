/**
 * One run of the `compare` command against a data set, writing through `Io`: separate from the
 * entry point (compare.ts) so tests run it in-process. Thin on purpose: arguments (args.ts),
 * loading (load.ts), then the core compares and src/core/report formats, the same functions as
 * the page's downloads.
 */
import { compareVersions } from '../core/compare/compare';
import type { Dataset } from '../core/model/types';
import { comparisonToCsv } from '../core/report/csv';
import { comparisonToJson } from '../core/report/json';
import { comparisonToMarkdown } from '../core/report/markdown';
import { comparisonToText } from '../core/report/text';
import { parseArgs, USAGE, type Command } from './args';
import { listVersions } from './list';
import { loadSide } from './load';
import { escapeControls } from './safe-output';

/** Where the command writes; the process streams in `main`, buffers in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  columns?: number;
}

/**
 * Runs one command line against a data set; returns the exit status (0 ok, 2 bad input, 1 a bug,
 * reported in one line without a stack trace). Everything written goes through `escapeControls`.
 */
export function run(argv: readonly string[], data: Dataset, io: Io): number {
  const safe: Io = {
    ...io,
    out: (text) => io.out(escapeControls(text)),
    err: (text) => io.err(escapeControls(text)),
  };
  try {
    return runCommand(argv, data, safe);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    safe.err(`compare: internal error: ${message}\nPlease report it with the command line used.\n`);
    return 1;
  }
}

function runCommand(argv: readonly string[], data: Dataset, io: Io): number {
  const command: Command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'error':
      io.err(`compare: ${command.message}\nTry --help.\n`);
      return 2;
    case 'list':
      io.out(`${JSON.stringify(listVersions(data), null, 2)}\n`);
      return 0;
    case 'compare': {
      const left = loadSide(command.left, data);
      const right = loadSide(command.right, data, left.ok ? [left.version.id] : []);
      for (const side of [left, right]) {
        for (const line of side.ok ? side.warnings : side.errors) io.err(`${line}\n`);
      }
      if (!left.ok || !right.ok) return 2;
      const comparison = compareVersions(left.version, right.version, data);
      switch (command.format) {
        case 'json':
          io.out(`${JSON.stringify(comparisonToJson(comparison), null, 2)}\n`);
          break;
        case 'md':
          io.out(
            comparisonToMarkdown(
              comparison,
              data.sources,
              command.permalink ? { permalink: command.permalink } : {},
            ),
          );
          break;
        case 'csv':
          io.out(comparisonToCsv(comparison, data.sources));
          break;
        case 'text':
          io.out(comparisonToText(comparison, data.sources, command.width ?? io.columns ?? 100));
          break;
      }
      return 0;
    }
  }
}
