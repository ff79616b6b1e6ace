/** A file the page offers for download: name, MIME type and text (saved as UTF-8). */
export interface TextFile {
  fileName: string;
  type: string;
  text: string;
}

/**
 * Saves `file` through a temporary `<a download>` on an object URL: no server, works offline.
 * The URL is revoked on the next task, once the browser has started the download.
 */
export function downloadText(file: TextFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `us-28--e3-counter.md`: the two version ids, anything but letters, digits, `.`, `_` and `-` dropped. */
export function exportFileName(leftId: string, rightId: string, extension: string): string {
  const safe = (id: string) =>
    id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'version';
  return `${safe(leftId)}--${safe(rightId)}.${extension}`;
}
