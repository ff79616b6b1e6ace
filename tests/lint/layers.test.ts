/**
 * The lint config keeps the layers (eslint.config.js): these probes are imports a change could
 * add. Each wrong one must fail `npm run lint` with the rule that guards it; a legal one must pass.
 * Probes are linted in memory at a path inside their layer (`lintText` with `filePath`), against
 * the real files they import; only the two files of the new cycle are written, to a folder of
 * their own that is removed afterwards. One ESLint instance runs only the layering rules, without
 * type information (its rules do not need it), so the test takes seconds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const LAYER_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
]);

let eslint: ESLint;
let cycleDir = '';

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
    ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
  });
});

afterAll(() => {
  if (cycleDir) rmSync(cycleDir, { recursive: true, force: true });
});

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  expect(result?.fatalErrorCount, `${file} parses`).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('the lint config keeps the layers', { timeout: 60_000 }, () => {
  it.each([
    [
      'ui imports a feature',
      'src/ui/probe.tsx',
      `export { NotesPanel } from '../features/notes/notes-panel';`,
    ],
    [
      'store imports ui',
      'src/store/probe.ts',
      `export { lazyWithRetry } from '../ui/lazy-import';`,
    ],
    [
      'worker imports store',
      'src/worker/probe.ts',
      `export { appStore } from '../store/app-store';`,
    ],
    [
      'data imports worker',
      'src/data/probe.ts',
      `export { handleRequest } from '../worker/handler';`,
    ],
    [
      'a feature imports inside another feature',
      'src/features/share/probe.tsx',
      `export { NotesPanel } from '../notes/notes-panel';`,
    ],
    [
      'features import the app',
      'src/features/notes/probe.tsx',
      `export { App } from '../../app/app';`,
    ],
    [
      'the CLI imports ui',
      'src/cli/probe.ts',
      `export { lazyWithRetry } from '../ui/lazy-import';`,
    ],
    [
      'core imports store',
      'src/core/model/probe.ts',
      `export { appStore } from '../../store/app-store';`,
    ],
    [
      'the engine imports the rows above it',
      'src/core/diff/probe.ts',
      `export { summarize } from '../compare/rows';`,
    ],
    [
      'the engine imports the schema of the model',
      'src/core/diff/probe.ts',
      `export { parseVersionJson } from '../model/schema';`,
    ],
  ])('%s: fails import-x/no-restricted-paths', async (_what, file, code) => {
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('core imports React: fails no-restricted-imports', async () => {
    expect(
      await rulesBroken('src/core/model/probe.ts', `export { useState } from 'react';`),
    ).toContain('no-restricted-imports');
  });

  it('a new two-file cycle: fails import-x/no-cycle', async () => {
    cycleDir = mkdtempSync(join(root, 'src/core/.lint-probe-'));
    mkdirSync(cycleDir, { recursive: true });
    writeFileSync(
      join(cycleDir, 'b.ts'),
      `import { a } from './a';\nexport const b = (): number => a + 1;\n`,
    );
    const code = `import { b } from './b';\nexport const a = 1;\nexport const c = (): number => b();\n`;
    writeFileSync(join(cycleDir, 'a.ts'), code);
    const [result] = await eslint.lintText(code, { filePath: join(cycleDir, 'a.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('legal imports pass: down the layers, and a feature using ui and core', async () => {
    expect(
      await rulesBroken(
        'src/features/share/probe.tsx',
        [
          `export { NoteText } from '../../ui/note-text';`,
          `export { appStore } from '../../store/app-store';`,
          `export { needsIsolation } from '../../core/text/isolate';`,
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      await rulesBroken('src/ui/probe.ts', `export { appStore } from '../store/app-store';`),
    ).toEqual([]);
    expect(
      await rulesBroken('src/core/diff/probe.ts', `export { TOPICS } from '../model/topics';`),
    ).toEqual([]);
  });
});
