/**
 * Pieces shared by the report formats: labels, counts, link wording, change groups and the
 * sources a row cites. Pure functions of the comparison, so the page download and the CLI
 * produce the same bytes.
 */
import { basisSources } from '../compare/claim-phrases';
import { formatLabels } from '../compare/labels';
import type { Row, WordOp } from '../compare/rows';
import { pointsKnown } from '../model/known';
import { givenNote } from '../model/sources';
import {
  COMPLETENESS_NAMES,
  dateText,
  type FlagKind,
  type Point,
  type Source,
  type SourceId,
  type Version,
} from '../model/types';

/** The labels of a row, "21a → 14", "10a–10d → 10", "— → 14" for an added point. */
export function rowLabels(row: Row): string {
  return `${formatLabels(row.left.map((p) => p.label))} → ${formatLabels(row.right.map((p) => p.label))}`;
}

/** "US 28-point draft (20 Nov 2025)". */
export function versionName(v: Version): string {
  return `${v.title} (${dateText(v)})`;
}

/** "Full text (leaked); 28 of 28 points known". */
export function versionStatus(v: Version): string {
  return `${COMPLETENESS_NAMES[v.completeness]}; ${pointsKnown(v)}`;
}

export { changeText, PARAPHRASE_DISCLOSURE, percent, summaryLine } from '../compare/claims';

/** The similarity of a row: its own, or the engine's. */
export function rowSimilarity(row: Row): number | undefined {
  return row.similarity ?? (row.basis.kind === 'engine' ? row.basis.similarity : undefined);
}

/** A run of changes between two equal stretches: what was deleted, then what was inserted. */
export interface ChangeGroup {
  deleted: string;
  inserted: string;
}

/** The contiguous runs of deletes and inserts in `ops`, whitespace collapsed and trimmed. */
export function changeGroups(ops: readonly WordOp[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let current: ChangeGroup | null = null;
  for (const op of ops) {
    if (op.op === 'equal') {
      current = null;
      continue;
    }
    if (!current) {
      current = { deleted: '', inserted: '' };
      groups.push(current);
    }
    if (op.op === 'delete') current.deleted += op.text;
    else current.inserted += op.text;
  }
  return groups
    .map((g) => ({ deleted: squash(g.deleted), inserted: squash(g.inserted) }))
    .filter((g) => g.deleted !== '' || g.inserted !== '');
}

/** Whitespace runs (newlines included) become one space; ends trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits `text` into leading whitespace, core, trailing whitespace, so marks can hug the words. */
export function splitEdges(text: string): [string, string, string] {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  return [m?.[1] ?? '', m?.[2] ?? text, m?.[3] ?? ''];
}

/** Every flag and alternative reading of the row's points, with the side they are on. */
export interface PointNote {
  side: 'left' | 'right';
  label: string;
  kind: FlagKind | 'alternative';
  text: string;
  sources: SourceId[];
}

/** The flags and alternative readings of a row's points, left side first. */
export function pointNotes(row: Row): PointNote[] {
  const notes: PointNote[] = [];
  const collect = (side: 'left' | 'right', points: readonly Point[]): void => {
    for (const p of points) {
      for (const f of p.flags ?? [])
        notes.push({ side, label: p.label, kind: f.kind, text: f.note, sources: f.sources });
      for (const a of p.alternatives ?? [])
        notes.push({ side, label: p.label, kind: 'alternative', text: a.text, sources: a.sources });
    }
  };
  collect('left', row.left);
  collect('right', row.right);
  return notes;
}

/** Every source a row cites, in order of first mention: its basis, points, notes, readings. */
export function rowSourceIds(row: Row): SourceId[] {
  const ids: SourceId[] = [];
  const add = (list: readonly SourceId[]): void => {
    for (const id of list) if (!ids.includes(id)) ids.push(id);
  };
  add(basisSources(row.basis));
  for (const p of [...row.left, ...row.right]) add(p.sources);
  for (const n of pointNotes(row)) add(n.sources);
  for (const r of row.readings ?? []) add(r.sources);
  return ids;
}

/** "Reuters (2025-11-23) https://…"; a source missing from the register is named by its id. */
export function sourceLine(id: SourceId, sources: ReadonlyMap<SourceId, Source>): string {
  const s = sources.get(id);
  if (!s) return `${id} (not in the source register)`;
  return `${outletName(s)} (${sourceDate(s)}) ${s.url}`;
}

/** "Axios and The Telegraph (via LIGA.net)"; a source a draft brought is marked as not checked. */
export function outletName(s: Source): string {
  const note = givenNote(s);
  return `${s.outlet}${s.site ? ` (via ${s.site})` : ''}${note ? ` (${note})` : ''}`;
}

/** The ISO date, marked when the page itself shows none. */
export function sourceDate(s: Source): string {
  return s.dateApproximate ? `${s.date}, approximate` : s.date;
}
