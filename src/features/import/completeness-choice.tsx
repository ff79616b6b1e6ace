import { useId } from 'react';
import { IMPORT_COMPLETENESS, type ImportCompleteness } from '../../core/text/import-draft';

const CHOICES: Record<ImportCompleteness, { label: string; hint: string }> = {
  'partial-text': {
    label: 'Part of the draft, or not sure',
    hint: 'points it does not mention are not counted as removed',
  },
  'full-text': {
    label: 'The full text',
    hint: 'only if nothing was left out: points it lacks count as removed',
  },
  'point-summaries': {
    label: 'Summaries of its points',
    hint: 'an outlet’s account of each point, not the wording',
  },
};

/** "How complete is the pasted text?" (issue #11 §4): the version's `completeness`, default partial. */
export function CompletenessChoice({
  value,
  onChange,
}: {
  value: ImportCompleteness;
  onChange: (value: ImportCompleteness) => void;
}) {
  const name = useId();
  return (
    <fieldset className="import-completeness">
      <legend>How complete is this text?</legend>
      {IMPORT_COMPLETENESS.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={value === c}
            onChange={() => onChange(c)}
          />{' '}
          {CHOICES[c].label} <span className="hint">({CHOICES[c].hint})</span>
        </label>
      ))}
    </fieldset>
  );
}
