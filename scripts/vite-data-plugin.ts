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
 * The built page names the first view's files itself (issue #14): a small inline script before
 * the page's script preloads the data files of the pair its address opens (src/data/first-files.ts)
 * and the comparison engine's chunk (`engine`, which the page otherwise asks for only once its
 * script has run), so they download beside the page's script instead of after it.
 *
 * The validation and splitting code is TypeScript from src/, loaded with Vite's module runner
 * when the build starts, so the config itself imports only Node and Vite.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as FirstFiles from '../src/data/first-files';
import type * as SplitData from '../src/data/split-data';
import type { DataBuild, RawDataWithEvents } from '../src/data/split-data';

export const DATA_INDEX_MODULE = 'virtual:data-index';
const RESOLVED = `\0${DATA_INDEX_MODULE}`;

type SplitModule = typeof SplitData;
type FirstFilesModule = typeof FirstFiles;

/** A chunk of the build as `transformIndexHtml` sees it (the fields used here). */
interface BuiltChunk {
  type: string;
  fileName: string;
  moduleIds?: string[];
  imports?: string[];
}

/** The engine's chunk and every chunk it imports, in load order, that the page does not load. */
function engineFiles(bundle: Record<string, BuiltChunk>, engine: string, html: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.moduleIds?.some((id) => resolve(id) === engine));
  if (!entry) throw new Error(`data-files: no chunk of the build holds ${engine}`);
  const files: string[] = [];
  const visit = (chunk: BuiltChunk) => {
    if (files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const name of chunk.imports ?? []) {
      const imported = bundle[name];
      if (imported) visit(imported);
    }
  };
  visit(entry);
  return files.filter((file) => !html.includes(`/${file}"`));
}

/**
 * The inline script: preload the data files `firstFiles` names for this address (fetched the
 * way src/data/fetch-data.ts fetches them: `cors`, same-origin credentials), then the engine's
 * chunks as modules (as the page's `import()` loads them).
 */
function preloadScript(
  firstFiles: FirstFilesModule,
  manifest: DataBuild['manifest'],
  engine: string[],
) {
  // Inside <script>, no "</script>" may appear: `<` is written as its escape (ids and hashed
  // names never hold one, but the plan is data).
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const plan = json(firstFiles.firstFilesPlan(manifest));
  return `<script>
      (() => {
        const add = (rel, href) => {
          const link = document.createElement('link');
          link.rel = rel;
          if (rel === 'preload') link.as = 'fetch';
          link.crossOrigin = 'anonymous';
          link.href = href;
          document.head.append(link);
        };
        const firstFiles = ${firstFiles.firstFiles.toString()};
        for (const file of firstFiles(location.search, ${plan})) add('preload', file);
        for (const file of ${json(engine)}) add('modulepreload', file);
      })();
    </script>`;
}

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

/** `engine`: the module the page imports the comparison engine from (its chunk is preloaded). */
export function dataFiles({ engine }: { engine: string }): Plugin {
  let root = process.cwd();
  let base = './';
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
      base = config.base;
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
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html; // the dev server: nothing is hashed or bundled
        const first = await runnerImport<FirstFilesModule>(
          resolve(root, 'src/data/first-files.ts'),
          {
            configFile: false,
            logLevel: 'silent',
          },
        );
        const chunks = engineFiles(
          ctx.bundle as unknown as Record<string, BuiltChunk>,
          resolve(root, engine),
          html,
        ).map((file) => `${base}${file}`);
        const page = '<script type="module"';
        if (!html.includes(page)) throw new Error('data-files: index.html has no module script');
        const script = preloadScript(first.module, (data ?? (await build())).manifest, chunks);
        return html.replace(page, `${script}\n    ${page}`);
      },
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
