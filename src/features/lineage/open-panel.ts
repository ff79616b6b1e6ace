import type { Version } from '../../core/model/types';
import type { Panel, PanelKind, ViewState } from '../../core/url/view-state';

/**
 * The panel a tab opens, seeded from what the reader is looking at: the point history starts at
 * the focused point (else the first point of the left version, else of the first version with
 * text); the matrix starts on the topic filter; the timeline with nothing selected.
 */
export function openPanel(kind: PanelKind, state: ViewState, versions: readonly Version[]): Panel {
  switch (kind) {
    case 'compare':
      return { kind: 'compare' };
    case 'timeline':
      return { kind: 'timeline', selected: [] };
    case 'history': {
      const byId = (id: string) => versions.find((v) => v.id === id);
      const focused = state.focus ? byId(state[state.focus.side]) : undefined;
      if (focused && state.focus && focused.points.some((p) => p.label === state.focus?.label))
        return { kind: 'history', version: focused.id, label: state.focus.label };
      const start = [byId(state.left), byId(state.right), ...versions].find(
        (v) => v?.points.length,
      );
      if (!start) return { kind: 'timeline', selected: [] };
      return { kind: 'history', version: start.id, label: start.points[0]!.label };
    }
    case 'matrix':
      return { kind: 'matrix', topic: state.topic, version: null };
    default: {
      const never: never = kind;
      return never;
    }
  }
}
