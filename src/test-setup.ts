import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetUnsavedText } from './ui/unsaved-text';
import { loadComparisonEngine } from './ui/use-comparison';

// The page fetches the comparison engine on start (src/ui/use-comparison.ts); tests start with it
// here, as a page does once it has arrived, so a render compares at once.
await loadComparisonEngine();

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  // Unsaved text outlives its editor on purpose (src/ui/unsaved-text.ts); not from test to test.
  forgetUnsavedText('');
});
