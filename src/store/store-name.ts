/**
 * The localStorage key of the app's store. Its own module: the page's shell reads whether the
 * reader has anything stored (src/app/use-enhancements.ts) without loading the store.
 */
export const STORE_NAME = 'peace-plan-diff';
