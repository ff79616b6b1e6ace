/** Written by scripts/vite-data-plugin.ts at build time: a `DataManifest` (src/data/data-files.ts). */
declare module 'virtual:data-index' {
  const manifest: unknown;
  export default manifest;
}
