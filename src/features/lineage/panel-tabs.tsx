import type { PanelKind } from '../../core/url/view-state';
import './lineage.css';

export const PANEL_TABS: ReadonlyArray<{ kind: PanelKind; name: string }> = [
  { kind: 'compare', name: 'Compare' },
  { kind: 'timeline', name: 'Timeline' },
  { kind: 'history', name: 'Point history' },
  { kind: 'matrix', name: 'Topic matrix' },
];

/**
 * The views of the viewer as a segmented control: toggle buttons (`aria-pressed`), one tab stop
 * each, so a keyboard reaches every view with Tab and Enter or Space, as every other control on
 * the page. Which view is open lives in the URL; this only asks to switch.
 */
export function PanelTabs({
  current,
  onSelect,
}: {
  current: PanelKind;
  onSelect: (kind: PanelKind) => void;
}) {
  return (
    <nav className="panel-tabs" aria-label="Views">
      <ul>
        {PANEL_TABS.map((tab) => (
          <li key={tab.kind}>
            <button
              type="button"
              className="panel-tab"
              aria-pressed={tab.kind === current}
              onClick={() => onSelect(tab.kind)}
            >
              {tab.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
