import { decodeDraftBytes } from '../../core/text/decode';
import { bytesProblem } from '../../core/text/limits';

export type FileRead =
  { ok: true; text: string; name: string; bytes: number } | { ok: false; error: string };

/**
 * Read a chosen or dropped file as text: its size is checked before reading (limits.ts), then its
 * bytes are decoded (UTF-8, or UTF-16 with a byte-order mark; binary and other encodings are
 * refused with a message, see decode.ts). Parsing happens later, in the import worker.
 */
export async function readDraftFile(file: File): Promise<FileRead> {
  const tooBig = bytesProblem(file.size, 'This file');
  if (tooBig) return { ok: false, error: `${file.name}: ${tooBig}` };
  if (!/\.(txt|md|markdown|json)$/i.test(file.name))
    return { ok: false, error: `${file.name}: choose a .txt, .md or .json file.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeDraftBytes(bytes);
  if (!decoded.ok) return { ok: false, error: `${file.name}: ${decoded.error}` };
  return { ok: true, text: decoded.text, name: file.name, bytes: bytes.length };
}
