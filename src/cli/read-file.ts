/**
 * Reading a draft file on the command line without trusting it (issue #19): only a regular file
 * is read (a FIFO would block, `/dev/zero` never ends), its size is checked before reading, and it
 * is read in bounded chunks that stop at the limit even if the file grows meanwhile. The bytes are
 * then decoded by the same rules as in the browser (src/core/text/decode.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeDraftBytes } from '../core/text/decode';
import { bytesProblem, formatBytes, IMPORT_LIMITS } from '../core/text/limits';

export type FileText =
  { ok: true; text: string; bytes: number; modified: Date } | { ok: false; error: string };

const CHUNK = 64 * 1024;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a draft file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export function readDraftFileSync(file: string, limit: number = IMPORT_LIMITS.bytes): FileText {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; on a regular file it changes nothing.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, error: `${file}: ${reasonOf(error)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      return { ok: false, error: `${file}: is a directory, not a draft file` };
    if (!stat.isFile())
      return {
        ok: false,
        error: `${file}: is not a regular file (a pipe, a device or a socket); only regular files are read`,
      };
    const tooBig = bytesProblem(stat.size, 'This file', { ...IMPORT_LIMITS, bytes: limit });
    if (tooBig) return { ok: false, error: `${file}: ${tooBig}` };

    // Never more than limit + 1 bytes, whatever the file does after fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, Math.min(CHUNK, buffer.length - length), null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit)
      return {
        ok: false,
        error: `${file}: grew while being read, past the limit of ${formatBytes(limit)}`,
      };
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, length);
    const decoded = decodeDraftBytes(bytes);
    if (!decoded.ok) return { ok: false, error: `${file}: ${decoded.error}` };
    return { ok: true, text: decoded.text, bytes: length, modified: stat.mtime };
  } catch (error) {
    return { ok: false, error: `${file}: ${reasonOf(error)}` };
  } finally {
    closeSync(fd);
  }
}
