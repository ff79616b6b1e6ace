/**
 * The dated process events (talks, statements, reports that are not drafts). Only the timeline
 * needs them, so they are a module of their own and load with it. Validated like the rest of
 * the data: in Node and the dev server here, and by `scripts/check-data.ts` before a build.
 */
import events from '../../data/events.json';
import { parseEvents } from '../core/model/schema';
import type { ProcessEvent } from '../core/model/types';
import { bundled } from './bundled';

export const eventsFile = { file: 'data/events.json', json: events };

function validated(): ProcessEvent[] {
  const parsed = parseEvents(eventsFile, bundled);
  if (!parsed.ok) throw new Error(`data/events.json is invalid:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}

export const bundledEvents: readonly ProcessEvent[] = import.meta.env?.PROD ? events : validated();
