import type { VersionEntry } from '../core/model/catalog';
import { DOCUMENT_KINDS, DOCUMENT_KIND_GROUPS } from '../core/model/types';
import { formatDate } from './source-link';
import { useViewerData } from './data-context';

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
  const { catalog, isImported } = useViewerData();
  const bundled = catalog.filter((v) => !isImported(v.id));
  const groups = DOCUMENT_KINDS.map(
    (kind) => [kind, bundled.filter((v) => (v.kind ?? 'plan-draft') === kind)] as const,
  ).filter(([, versions]) => versions.length > 0);
  const imported = catalog.filter((v) => isImported(v.id));
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
        {imported.length ? (
          <optgroup label="Imported">
            {imported.map((v) => (
              <option key={v.id} value={v.id}>
                {`Imported: ${optionText(v)}`}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}
