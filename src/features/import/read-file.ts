import { binaryProblem, sizeProblem } from '../../core/text/import-draft';

export type FileRead = { ok: true; text: string; name: string } | { ok: false; error: string };

/** Read a chosen or dropped file as UTF-8 text, refusing big and binary files with a message. */
export async function readDraftFile(file: File): Promise<FileRead> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, error: `${file.name}: ${tooBig}` };
  if (!/\.(txt|md|markdown|json)$/i.test(file.name))
    return { ok: false, error: `${file.name}: choose a .txt, .md or .json file.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const binary = binaryProblem(bytes);
  if (binary) return { ok: false, error: `${file.name}: ${binary}` };
  return {
    ok: true,
    text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''),
    name: file.name,
  };
}
