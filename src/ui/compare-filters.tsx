import { TOPICS, TOPIC_NAMES, type Topic } from '../core/model/topics';
import type { ViewMode } from '../core/url/view-state';

export function CompareFilters({
  mode,
  hideUnchanged,
  topic,
  onMode,
  onHideUnchanged,
  onTopic,
}: {
  mode: ViewMode;
  hideUnchanged: boolean;
  topic: Topic | null;
  onMode: (mode: ViewMode) => void;
  onHideUnchanged: (hide: boolean) => void;
  onTopic: (topic: Topic | null) => void;
}) {
  return (
    <div className="filters" role="group" aria-label="View options">
      <fieldset className="mode-toggle">
        <legend>Layout</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'side-by-side'}
            onChange={() => onMode('side-by-side')}
          />
          Side by side
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'inline'}
            onChange={() => onMode('inline')}
          />
          Inline
        </label>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={hideUnchanged}
          onChange={(e) => onHideUnchanged(e.target.checked)}
        />
        Hide unchanged
      </label>
      <div className="picker">
        <label htmlFor="topic-filter">Topic</label>
        <select
          id="topic-filter"
          value={topic ?? ''}
          onChange={(e) => onTopic(e.target.value ? (e.target.value as Topic) : null)}
        >
          <option value="">All topics</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {TOPIC_NAMES[t]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
