import { useState, type ReactNode } from 'react';
import type { ViewPatch } from '../ui/url/use-view-state';
import type { ViewState } from '../core/url/view-state';
import { CompareFilters } from '../ui/compare-filters';
import { useMediaQuery } from '../ui/use-media-query';
import { VersionPicker } from '../ui/version-picker';

/** Wider than a phone: the pickers and options stay open (no extra click on a desktop). */
const WIDE = '(min-width: 701px)';

export interface ToolbarProps {
  state: ViewState;
  setView: (patch: ViewPatch) => void;
  importOpen: boolean;
  onImport: () => void;
  /** Under the controls: the notes' summary for the pair (loaded with the enhancements). */
  children?: ReactNode;
}

/**
 * The comparison's controls: the two versions (and Swap), the mode and filters, and Import draft.
 * On a phone they fold behind "Versions and options".
 */
export function Toolbar({ state, setView, importOpen, onImport, children }: ToolbarProps) {
  const wide = useMediaQuery(WIDE);
  const [optionsOpen, setOptionsOpen] = useState(false);
  return (
    <div className="options">
      {wide ? null : (
        <button
          type="button"
          className="secondary options-toggle"
          aria-expanded={optionsOpen}
          aria-controls="comparison-controls"
          onClick={() => setOptionsOpen(!optionsOpen)}
        >
          Versions and options
        </button>
      )}
      <nav
        id="comparison-controls"
        className="toolbar"
        aria-label="Comparison controls"
        hidden={!wide && !optionsOpen}
      >
        <div className="toolbar-group toolbar-group--pair">
          <VersionPicker
            label="Left version"
            value={state.left}
            onChange={(id) => setView({ left: id, focus: null })}
          />
          <button
            type="button"
            className="secondary swap"
            onClick={() => setView({ left: state.right, right: state.left, focus: null })}
          >
            Swap sides
          </button>
          <VersionPicker
            label="Right version"
            value={state.right}
            onChange={(id) => setView({ right: id, focus: null })}
          />
        </div>
        <CompareFilters
          mode={state.mode}
          hideUnchanged={state.hideUnchanged}
          topic={state.topic}
          onMode={(mode) => setView({ mode })}
          onHideUnchanged={(hideUnchanged) => setView({ hideUnchanged })}
          onTopic={(topic) => setView({ topic })}
        />
        <div className="toolbar-group">
          <button type="button" className="secondary" aria-expanded={importOpen} onClick={onImport}>
            Import draft
          </button>
        </div>
      </nav>
      {children}
    </div>
  );
}
