/**
 * The decoder's two ends: what the viewer has, which a link is checked against, and the view it
 * reads, with what it carries and what was dropped.
 */
import type { SourceId, VersionId } from '../model/types';
import type { Notice } from './notices';
import type { Shared, SharedDraft, ViewState } from './view-state';

/** What the viewer has: the decoder checks the link against it. */
export interface KnownVersions {
  versionIds: ReadonlySet<VersionId>;
  /**
   * The labels of a known version, or `undefined` while its points are still loading (issue #12:
   * a bundled version's points arrive on demand). A point of such a version is kept for now and
   * the version is listed in `DecodedView.awaiting`: decode again once it has loaded.
   */
  labelsOf(id: VersionId): ReadonlySet<string> | undefined;
  /** Opened when the link names no versions, and in place of unknown ones. */
  defaults: { left: VersionId; right: VersionId };
  /**
   * The content of a version the viewer holds as the reader's own import. A link carrying an
   * identical copy then passes silently (the reader's own reloads); any other draft whose id the
   * viewer already has is refused, so a link can never replace a bundled version's text.
   */
  draftOf?(id: VersionId): SharedDraft | undefined;
  /**
   * Whether the viewer's source register (bundled, and the reader's imports' own sources) holds
   * this id. A carried draft's own source with such an id is renamed, so it can never be shown as
   * the register's source.
   */
  hasSource?(id: SourceId): boolean;
}

export interface DecodedView {
  state: ViewState;
  shared: Shared;
  notices: Notice[];
  /**
   * The link carries notes or drafts and the payload support (lz-string + schemas, loaded on
   * demand so plain links never pay for it) is not installed yet: decode again once it is.
   */
  pending: boolean;
  /**
   * Known versions whose points the link refers to (a focused point, a point history, notes)
   * but whose labels are not loaded yet; their points are kept unchecked. Load these, then decode
   * again: only then is the view final.
   */
  awaiting: VersionId[];
}
