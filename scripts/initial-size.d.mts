/** Types for initial-size.mjs (plain JS so that `node scripts/bundle-size.mjs` needs no loader). */
export interface BuiltJsFile {
  path: string;
  raw: number;
  gzip: number;
  initial: boolean;
}
export function initialJsGzip(dist: string): { total: number; files: BuiltJsFile[] };
