/**
 * The dated process events (talks, statements, reports that are not drafts), read from data/ for
 * Node and tests. The page fetches them as a data file with the timeline (issue #12).
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

export const bundledEvents: readonly ProcessEvent[] = validated();
