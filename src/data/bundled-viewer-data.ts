/**
 * For tests and Node: the viewer's data with every bundled version, its sources and the events
 * already loaded (what the page holds once the timeline has loaded everything).
 */
import type { Version } from '../core/model/types';
import { buildViewerData } from '../app/viewer-data';
import type { ViewerData } from '../ui/data-context';
import { bundledStore } from './bundled-source';

export function bundledViewerData(
  imported: readonly Version[] = [],
  carried: readonly Version[] = [],
): ViewerData {
  const store = bundledStore();
  const events = store.events();
  return buildViewerData({
    index: store.index,
    loaded: store.readyFiles(),
    events: events?.status === 'ready' ? events.value : null,
    imported,
    carried,
  });
}
