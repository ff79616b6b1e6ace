/** Shared by the lineage component tests: the bundled data in context and a recording `setView`. */
import { render } from '@testing-library/react';
import { defaultView, type Panel, type ViewState } from '../../core/url/view-state';
import { DataContext, type ViewerData } from '../../ui/data-context';
import { bundledViewerData } from '../../data/bundled-viewer-data';
import LineagePanel from './lineage-panel';
import type { ViewPatch } from './nav';

export const viewerData: ViewerData = bundledViewerData();

export function stateWith(panel: Panel): ViewState {
  return { ...defaultView({ left: 'us-28', right: 'zelensky-20' }), panel };
}

/** The panel as the app mounts it; `patches` records every view change it asks for. */
export function renderPanel(panel: Panel) {
  const patches: ViewPatch[] = [];
  const utils = render(
    <DataContext.Provider value={viewerData}>
      <LineagePanel state={stateWith(panel)} setView={(p) => patches.push(p)} />
    </DataContext.Provider>,
  );
  return { ...utils, patches };
}
