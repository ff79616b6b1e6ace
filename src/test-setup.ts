import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetUnsavedText } from './ui/unsaved-text';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  // Unsaved text outlives its editor on purpose (src/ui/unsaved-text.ts); not from test to test.
  forgetUnsavedText('');
});
