import { useMemo } from 'react';
import { buildTimeline, comparePair } from '../../core/lineage/timeline';
import type { ProcessEvent } from '../../core/model/types';
import { useViewerData } from '../../ui/data-context';
import { compareTo, type Nav } from './nav';
import { TimelineView } from './timeline-view';

const NO_EVENTS: readonly ProcessEvent[] = [];

/** Wires the timeline to the data and the URL: the selection is `panel.selected`. */
export function TimelineContainer({ selected, nav }: { selected: readonly string[]; nav: Nav }) {
  // The panel loads every version and the events before it renders (LineageView).
  const { versions, events, source } = useViewerData();
  const entries = useMemo(
    () => buildTimeline({ versions, events: events ?? NO_EVENTS }),
    [versions, events],
  );
  const pair = comparePair(selected, versions);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id);
    nav.go({ panel: { kind: 'timeline', selected: next } });
  };
  return (
    <TimelineView
      entries={entries}
      selected={selected}
      onToggle={toggle}
      compare={pair ? compareTo(pair.left, pair.right, null) : null}
      nav={nav}
      lookup={source}
    />
  );
}
