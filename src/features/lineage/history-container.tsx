import { useMemo } from 'react';
import { historyToCsv, historyToMarkdown } from '../../core/lineage/export';
import { byDate, pointHistory } from '../../core/lineage/lineage';
import { useViewerData } from '../../ui/data-context';
import { ExportButtons } from './export-buttons';
import { HistoryView } from './history-view';
import type { Nav } from './nav';

/** Wires the point history to the data and the URL (`panel.version`, `panel.label`). */
export function HistoryContainer({
  version,
  label,
  nav,
}: {
  version: string;
  label: string;
  nav: Nav;
}) {
  const { versions, correspondences, source } = useViewerData();
  const result = useMemo(
    () => pointHistory({ versions, correspondences }, version, label),
    [versions, correspondences, version, label],
  );
  const steps = result.ok ? result.value : null;
  const pick = (v: string, l: string) =>
    nav.go({ panel: { kind: 'history', version: v, label: l } });
  return (
    <HistoryView
      versions={byDate(versions).filter((v) => v.points.length > 0)}
      version={version}
      label={label}
      steps={steps}
      onPick={pick}
      nav={nav}
      lookup={source}
      exports={
        steps ? (
          <ExportButtons
            what="point history"
            fileBase={`point-history-${version}-${label}`}
            markdown={() => historyToMarkdown(steps, source)}
            csv={() => historyToCsv(steps, source)}
          />
        ) : null
      }
    />
  );
}
