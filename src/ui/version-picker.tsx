import type { Provenance } from '../core/model/provenance';
import type { Version } from '../core/model/types';
import { formatDate } from './source-link';
import { useViewerData } from './data-context';

/**
 * The option groups, by where a version came from: the group's label, and what each option says
 * before the title. A shared draft's title already starts with "Shared draft, unverified"
 * (`asSharedDraft`), so its option needs nothing more.
 */
const GROUPS: ReadonlyArray<{ provenance: Provenance; label: string; prefix: string }> = [
  { provenance: 'bundled', label: 'Reported versions', prefix: '' },
  { provenance: 'yours', label: 'Imported', prefix: 'Imported: ' },
  { provenance: 'shared', label: 'Shared with this link, unverified', prefix: '' },
];

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
  const id = label === 'Left version' ? 'left-version' : 'right-version';
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {GROUPS.map((group) => {
          const members = versions.filter((v) => provenance(v.id) === group.provenance);
          // The reported versions are always listed; the others only when there are some.
          if (!members.length && group.provenance !== 'bundled') return null;
          return (
            <optgroup key={group.provenance} label={group.label}>
              {members.map((v) => (
                <option key={v.id} value={v.id}>
                  {`${group.prefix}${optionText(v)}`}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
