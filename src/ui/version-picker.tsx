import type { VersionEntry } from '../core/model/catalog';
import type { Provenance } from '../core/model/provenance';
import { DOCUMENT_KINDS, DOCUMENT_KIND_GROUPS } from '../core/model/types';
import { formatDate } from './source-link';
import { useViewerData } from './data-context';

/**
 * The groups of versions that are not bundled, by where they came from: the group's label, and
 * what each option says before the title. A shared draft's title already starts with "Shared
 * draft, unverified" (`asSharedDraft`), so its option needs nothing more. Bundled versions are
 * grouped by the kind of document they are.
 */
const NOT_BUNDLED: ReadonlyArray<{
  provenance: Exclude<Provenance, 'bundled'>;
  label: string;
  prefix: string;
}> = [
  { provenance: 'yours', label: 'Imported', prefix: 'Imported: ' },
  { provenance: 'shared', label: 'Shared with this link, unverified', prefix: '' },
];

function optionText(v: VersionEntry): string {
  return `${v.title} — ${v.dateLabel ?? formatDate(v.date)}`;
}

/**
 * A native select: keyboard, screen reader and phone friendly for free. Versions are grouped by
 * what they are (drafts of the plan, guarantee documents, economic frameworks, position papers),
 * so a declaration is never picked as if it were a draft of the plan (issue #12).
 */
export function VersionPicker({
  label,
  value,
  onChange,
}: {
  label: 'Left version' | 'Right version';
  value: string;
  onChange: (id: string) => void;
}) {
  const { catalog, provenance } = useViewerData();
  const bundled = catalog.filter((v) => provenance(v.id) === 'bundled');
  const groups = DOCUMENT_KINDS.map(
    (kind) => [kind, bundled.filter((v) => (v.kind ?? 'plan-draft') === kind)] as const,
  ).filter(([, versions]) => versions.length > 0);
  const id = label === 'Left version' ? 'left-version' : 'right-version';
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map(([kind, versions]) => (
          <optgroup key={kind} label={DOCUMENT_KIND_GROUPS[kind]}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {optionText(v)}
              </option>
            ))}
          </optgroup>
        ))}
        {NOT_BUNDLED.map((group) => {
          const members = catalog.filter((v) => provenance(v.id) === group.provenance);
          return members.length ? (
            <optgroup key={group.provenance} label={group.label}>
              {members.map((v) => (
                <option key={v.id} value={v.id}>
                  {`${group.prefix}${optionText(v)}`}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </select>
    </div>
  );
}
