/** A file the page offers for download: name, MIME type and text (saved as UTF-8). */
export interface TextFile {
  fileName: string;
  type: string;
  text: string;
}

/** `us-28--e3-counter.md`: the two version ids, anything but letters, digits, `.`, `_` and `-` dropped. */
export function exportFileName(leftId: string, rightId: string, extension: string): string {
  const safe = (id: string) =>
    id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'version';
  return `${safe(leftId)}--${safe(rightId)}.${extension}`;
}
