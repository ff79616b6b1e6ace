import { lazy, Suspense } from 'react';
import type { Comparison } from '../../core/compare/rows';
import type { PrintFootnotesProps } from './print-footnotes';

// The print-only parts load after the page, in their own chunk: nothing on screen needs them
// (the initial JS budget is 110 KB gzip, scripts/bundle-size.mjs).
const Header = lazy(() => import('./print-header').then((m) => ({ default: m.PrintHeader })));
const Footnotes = lazy(() =>
  import('./print-footnotes').then((m) => ({ default: m.PrintFootnotes })),
);

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
