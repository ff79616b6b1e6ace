/** A file-name-safe stamp of an ISO date-time: `2025-11-21T09-30-12Z`. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-');
}
