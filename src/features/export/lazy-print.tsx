import { Suspense } from 'react';
import type { Comparison } from '../../core/compare/rows';
import { lazyWithRetry } from '../../ui/lazy-import';
import { PartBoundary } from '../../ui/part-boundary';
import type * as PrintFootnotesModule from './print-footnotes';
import type { PrintFootnotesProps } from './print-footnotes';
import type * as PrintHeaderModule from './print-header';

// The print-only parts load after the page, in their own chunk: nothing on screen needs them
// (the initial JS budget is 110 KB gzip, scripts/bundle-size.mjs).
// Both parts arrive together, so a printout never has footnotes without its header; a failed
// load is forgotten, so Retry loads both again.
let printParts: Promise<[typeof PrintHeaderModule, typeof PrintFootnotesModule]> | null = null;
const loadPrintParts = () =>
  (printParts ??= Promise.all([import('./print-header'), import('./print-footnotes')]).catch(
    (error: unknown) => {
      printParts = null;
      throw error;
    },
  ));
// Each lazy part retries on its own (`lazyWithRetry`), so the shared load is not retried twice.
const Header = lazyWithRetry(() => loadPrintParts().then(([h]) => ({ default: h.PrintHeader })));
const Footnotes = lazyWithRetry(() =>
  loadPrintParts().then(([, f]) => ({ default: f.PrintFootnotes })),
);

/** `PrintHeader`, loaded on demand. */
export function LazyPrintHeader({ comparison }: { comparison: Comparison }) {
  return (
    <PartBoundary part="The print header">
      <Suspense fallback={null}>
        <Header comparison={comparison} />
      </Suspense>
    </PartBoundary>
  );
}

/** `PrintFootnotes`, loaded on demand. */
export function LazyPrintFootnotes(props: PrintFootnotesProps) {
  return (
    <PartBoundary part="The printed list of sources">
      <Suspense fallback={null}>
        <Footnotes {...props} />
      </Suspense>
    </PartBoundary>
  );
}
