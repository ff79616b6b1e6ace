import { useMemo } from 'react';
import { encodeView } from '../../core/url/codec';
import type { ViewState } from '../../core/url/view-state';
import { HistoryContainer } from './history-container';
import { MatrixContainer } from './matrix-container';
import type { Nav, ViewPatch } from './nav';
import { TimelineContainer } from './timeline-container';
import './lineage.css';

export interface LineagePanelProps {
  state: ViewState;
  setView: (patch: ViewPatch) => void;
}

/** The timeline, point history or topic matrix, as the URL's `panel` says. */
export default function LineagePanel({ state, setView }: LineagePanelProps) {
  const nav: Nav = useMemo(
    () => ({ go: (patch) => setView(patch), href: (patch) => encodeView({ ...state, ...patch }) }),
    [state, setView],
  );
  const { panel } = state;
  switch (panel.kind) {
    case 'timeline':
      return <TimelineContainer selected={panel.selected} nav={nav} />;
    case 'history':
      return <HistoryContainer version={panel.version} label={panel.label} nav={nav} />;
    case 'matrix':
      return <MatrixContainer topic={panel.topic} version={panel.version} nav={nav} />;
    case 'compare':
      return null;
    default: {
      const never: never = panel;
      return never;
    }
  }
}
