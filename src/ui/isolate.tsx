import type { ReactNode } from 'react';
import { needsIsolation } from '../core/text/isolate';

/**
 * Untrusted text shown inside a line of the page's own words, in `<bdi>` when it holds characters
 * that could reorder the line (core/text/isolate.ts); bare otherwise, which keeps the DOM (and the
 * accessibility tree) of a comparison with hundreds of sources small.
 */
export function Isolate({ text }: { text: string }) {
  return needsIsolation(text) ? <bdi>{text}</bdi> : text;
}

/** Rendered content made of `text` (e.g. its word-marked form), isolated when `text` needs it. */
export function IsolateContent({ text, children }: { text: string; children: ReactNode }) {
  return needsIsolation(text) ? <bdi>{children}</bdi> : children;
}
