import type { Provenance } from '../core/model/provenance';
import type { Version } from '../core/model/types';
import { formatDate } from './source-link';
import { useViewerData } from './data-context';

function optionText(v: Version): string {
  return `${v.title} — ${v.dateLabel ?? formatDate(v.date)}`;
}

/** A native select: keyboard, screen reader and phone friendly for free. */
export function VersionPicker({
  label,
  value,
  onChange,
}: {
  label: 'Left version' | 'Right version';
  value: string;
  onChange: (id: string) => void;
}) {
  const { versions, provenance } = useViewerData();
  const of = (p: Provenance) => versions.filter((v) => provenance(v.id) === p);
  const bundled = of('bundled');
  const imported = of('yours');
  // A shared draft's title already starts with "Shared draft, unverified" (`asSharedDraft`).
  const shared = of('shared');
  const id = label === 'Left version' ? 'left-version' : 'right-version';
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <optgroup label="Reported versions">
          {bundled.map((v) => (
            <option key={v.id} value={v.id}>
              {optionText(v)}
            </option>
          ))}
        </optgroup>
        {imported.length ? (
          <optgroup label="Imported">
            {imported.map((v) => (
              <option key={v.id} value={v.id}>
                {`Imported: ${optionText(v)}`}
              </option>
            ))}
          </optgroup>
        ) : null}
        {shared.length ? (
          <optgroup label="Shared with this link, unverified">
            {shared.map((v) => (
              <option key={v.id} value={v.id}>
                {optionText(v)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
