/**
 * The digest of a comparison (src/core/compare/answer.ts) as the Markdown report's first section,
 * "What changed": the same lines as the page, every outlet named. Deterministic.
 */
import {
  buildDigest,
  DIGEST_NAMES,
  DIGEST_NOTES,
  digestNames,
  pointCount,
} from '../compare/answer';
import type { Comparison } from '../compare/rows';
import type { Source, SourceId } from '../model/types';
import { escapeMarkdown } from './footnotes';

/** The "What changed" heading and its list; nothing when there are no rows. */
export function digestMarkdown(c: Comparison, sources: ReadonlyMap<SourceId, Source>): string[] {
  const { lines, quiet } = buildDigest(c.rows, (id) => sources.get(id));
  if (lines.length === 0 && quiet === 0) return [];
  const items = lines.map((line) => {
    const names = digestNames(line, c.rows)
      .map((n) => escapeMarkdown(n.text))
      .join(', ');
    const note = DIGEST_NOTES[line.group] ? ` — ${DIGEST_NOTES[line.group]}` : '';
    const who = line.outlets.length
      ? `; reported by ${line.outlets.map(escapeMarkdown).join(', ')}`
      : '';
    return `- **${DIGEST_NAMES[line.group]}** (${pointCount(line.rows.length)}): ${names}${note}${who}.`;
  });
  if (quiet) items.push(`- ${pointCount(quiet)} unchanged or reported kept.`);
  return ['## What changed', items.join('\n')];
}
