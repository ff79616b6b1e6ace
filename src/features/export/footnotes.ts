import type { Comparison, Row } from '../../core/compare/rows';
import type { SourceId, Version } from '../../core/model/types';
import { rowSourceIds } from '../../core/report/common';

/**
 * Every source the printed page cites, numbered in order of first appearance: the two version
 * headers (count claimed, reported by, context notes), then each printed row (link, points,
 * flags, other readings, fates).
 */
export function footnoteIds(c: Comparison, rows: readonly Row[]): SourceId[] {
  const ids: SourceId[] = [];
  const add = (list: readonly SourceId[]) => {
    for (const id of list) if (!ids.includes(id)) ids.push(id);
  };
  const version = (v: Version) => {
    add(v.claimedBy);
    add(v.reportedBy);
    for (const n of v.notes ?? []) add(n.sources);
  };
  version(c.left);
  version(c.right);
  for (const row of rows) add(rowSourceIds(row));
  return ids;
}

/**
 * A CSS string literal: quotes, backslashes and line breaks as hex escapes. Ids and titles are
 * data (imports included), so they never reach a stylesheet unescaped.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\r\n\f<>]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Print-only rules that put the footnote number after each source link (" [3]"), so every cited
 * source leads to its URL in the printed list. Source links carry `data-source-id` (src/ui/source-link.tsx).
 */
export function footnoteCss(ids: readonly SourceId[]): string {
  const rules = ids.map(
    (id, i) => `.source[data-source-id=${cssString(id)}]::after { content: " [${i + 1}]"; }`,
  );
  return `@media print {\n${rules.join('\n')}\n}`;
}
