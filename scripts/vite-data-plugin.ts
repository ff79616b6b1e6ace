/**
 * The data files of the page (issue #12). At build time: read data/, validate all of it (a broken
 * file stops the build, naming file, point and field), and write one static JSON file per version
 * (its points, the sources and correspondences it needs) and one for the events, each named by a
 * hash of its content, plus the small index the first load carries (`virtual:data-index`). The dev
 * server serves the same files from memory and reloads the page when data/ changes.
 *
 * `PEACE_PLAN_EXTRA_VERSION=<file.json>` adds one more version file to the build: the size check
 * (scripts/bundle-flat.ts) builds with a generated 3,000-point version to show that the first
 * load stays flat as the corpus grows.
 *
 * The validation and splitting code is TypeScript from src/, loaded with Vite's module runner
 * when the build starts, so the config itself imports only Node and Vite.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as SplitData from '../src/data/split-data';
import type { DataBuild, RawDataWithEvents } from '../src/data/split-data';

export const DATA_INDEX_MODULE = 'virtual:data-index';
const RESOLVED = `\0${DATA_INDEX_MODULE}`;

type SplitModule = typeof SplitData;

function readJson(root: string, file: string): { file: string; json: unknown } {
  const path = resolve(root, file);
  const name = relative(root, path).replace(/\\/g, '/');
  const text = readFileSync(path, 'utf8');
  try {
    return { file: name, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new Error(`${name}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

function readData(root: string, extraVersion: string | undefined): RawDataWithEvents {
  const versions = readdirSync(join(root, 'data/versions'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(root, `data/versions/${f}`));
  if (extraVersion) versions.push(readJson(root, extraVersion));
  return {
    sources: readJson(root, 'data/sources.json'),
    correspondences: readJson(root, 'data/correspondences.json'),
    events: readJson(root, 'data/events.json'),
    versions,
  };
}

const fileName = (base: string, text: string) =>
  `data/${base}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

export function dataFiles(): Plugin {
  let root = process.cwd();
  let split: Promise<SplitModule> | null = null;
  let data: DataBuild | null = null;
  const build = async (): Promise<DataBuild> => {
    split ??= runnerImport<SplitModule>(resolve(root, 'src/data/split-data.ts'), {
      configFile: false,
      logLevel: 'silent',
    }).then((r) => r.module);
    const result = (await split).splitData(
      readData(root, process.env.PEACE_PLAN_EXTRA_VERSION),
      fileName,
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    data = result.value;
    return data;
  };
  return {
    name: 'data-files',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      await build();
      this.addWatchFile(join(root, 'data'));
    },
    resolveId(id) {
      return id === DATA_INDEX_MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify((data ?? (await build())).manifest)};`;
    },
    async generateBundle() {
      for (const [name, source] of (data ?? (await build())).files)
        this.emitFile({ type: 'asset', fileName: name, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const text = data?.files.get(path);
        if (text === undefined) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(text);
      });
      const dataDir = resolve(root, 'data');
      server.watcher.add(dataDir);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dataDir)) return;
        build().then(
          () => {
            const module = server.moduleGraph.getModuleById(RESOLVED);
            if (module) server.moduleGraph.invalidateModule(module);
            server.ws.send({ type: 'full-reload' });
          },
          (error: unknown) => server.config.logger.error((error as Error).message),
        );
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
