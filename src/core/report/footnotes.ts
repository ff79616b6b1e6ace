/**
 * Numbered footnotes for sources (`[^1]`), in order of first mention: shared by the comparison
 * report and the lineage exports, so every report cites its sources the same way.
 */
import type { Source, SourceId } from '../model/types';
import { outletName, sourceDate } from './common';
import { autolink, escapeMarkdown } from './markdown-text';

export class Footnotes {
  private readonly order: SourceId[] = [];

  /** `[^3][^4]` for these sources, numbering the ones not cited before. */
  ref(ids: readonly SourceId[]): string {
    return ids
      .map((id) => {
        let i = this.order.indexOf(id);
        if (i < 0) i = this.order.push(id) - 1;
        return `[^${i + 1}]`;
      })
      .join('');
  }

  /** One `[^n]: Outlet, date: <url>` line per cited source, in citation order. */
  definitions(lookup: (id: SourceId) => Source | undefined): string[] {
    return this.order.map((id, i) => {
      const s = lookup(id);
      const body = s
        ? `${escapeMarkdown(outletName(s))}, ${escapeMarkdown(sourceDate(s))}: ${autolink(s.url)}`
        : `Source ${escapeMarkdown(id)} (not in the source register)`;
      return `[^${i + 1}]: ${body}`;
    });
  }
}
