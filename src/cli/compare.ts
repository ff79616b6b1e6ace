/**
 * `npm run --silent compare -- LEFT RIGHT [--format text|md|csv|json]` and `… -- --list`
 * (`--help` for the rest). The entry point only: the command is `run` (run.ts) on the bundled data.
 */
import { bundled } from '../data/bundled';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), bundled, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
