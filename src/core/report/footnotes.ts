/**
 * Markdown pieces shared by every report: escaping untrusted text, and numbered footnotes for sources (`[^1]`), in order of first mention: shared by the
 * comparison report and the lineage exports, so every report cites its sources the same way.
 */
import type { Source, SourceId } from '../model/types';
import { outletName, sourceDate } from './common';

/**
 * Escapes Markdown in inline text: backslash, code, emphasis, strikethrough, links, HTML, tables,
 * and `&` before something that reads as an entity. Newlines become spaces: every text is inline.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** A URL inside `<…>`; the characters that would end or break the autolink are percent-encoded. */
export function autolink(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

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
