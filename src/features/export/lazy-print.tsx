import { lazy, Suspense } from 'react';
import type { Comparison } from '../../core/compare/rows';
import type * as PrintFootnotesModule from './print-footnotes';
import type { PrintFootnotesProps } from './print-footnotes';
import type * as PrintHeaderModule from './print-header';

// The print-only parts load after the page, in their own chunk: nothing on screen needs them
// (the initial JS budget is 110 KB gzip, scripts/bundle-size.mjs).
// Both parts arrive together, so a printout never has footnotes without its header.
let printParts: Promise<[typeof PrintHeaderModule, typeof PrintFootnotesModule]> | null = null;
const loadPrintParts = () =>
  (printParts ??= Promise.all([import('./print-header'), import('./print-footnotes')]));
const Header = lazy(() => loadPrintParts().then(([h]) => ({ default: h.PrintHeader })));
const Footnotes = lazy(() => loadPrintParts().then(([, f]) => ({ default: f.PrintFootnotes })));

/** `PrintHeader`, loaded on demand. */
export function LazyPrintHeader({ comparison }: { comparison: Comparison }) {
  return (
    <Suspense fallback={null}>
      <Header comparison={comparison} />
    </Suspense>
  );
}

/** `PrintFootnotes`, loaded on demand. */
export function LazyPrintFootnotes(props: PrintFootnotesProps) {
  return (
    <Suspense fallback={null}>
      <Footnotes {...props} />
    </Suspense>
  );
}
