/**
 * `npm run build` runs this first: the production page trusts the bundled data
 * (src/data/bundled.ts), so invalid data must stop the build, naming file, point and field, and so
 * must a row that would claim a change no link or fate supports (src/core/compare/support.ts).
 */
import { unsupportedClaims } from '../src/core/compare/support';
import { parseDataset, parseEvents } from '../src/core/model/schema';
import { eventsFile } from '../src/data/bundled-events';
import { bundledFiles } from '../src/data/bundled-files';

const parsed = parseDataset(bundledFiles);
if (!parsed.ok) {
  console.error(`data/ is invalid:\n${parsed.errors.join('\n')}`);
  process.exit(1);
}
const unsupported = unsupportedClaims(parsed.value);
if (unsupported.length) {
  console.error(`data/ claims what no link or fate says:\n${unsupported.join('\n')}`);
  process.exit(1);
}
const events = parseEvents(eventsFile, parsed.value);
if (!events.ok) {
  console.error(`data/events.json is invalid:\n${events.errors.join('\n')}`);
  process.exit(1);
}
console.log(
  `data/ is valid: ${parsed.value.versions.length} versions, ${parsed.value.sources.size} sources.`,
);
