/**
 * The data model of reported versions of the peace plan. Plain types, no framework.
 * Shapes mirror data/README.md; `schema.ts` validates untrusted input into them once, at the edge.
 */
import type { Topic } from './topics';

/** How much of a version is public. Ordered from most to least. */
export const COMPLETENESS = [
  'full-text',
  'partial-text',
  'point-summaries',
  'reported-changes',
  'statement-only',
  'count-only',
] as const;
export type Completeness = (typeof COMPLETENESS)[number];

export const COMPLETENESS_NAMES: Record<Completeness, string> = {
  'full-text': 'Full text',
  'partial-text': 'Partial text',
  'point-summaries': 'Point summaries',
  'reported-changes': 'Reported changes only',
  'statement-only': 'Statement only',
  'count-only': 'Point count only',
};

/**
 * What a version is, as a document: a draft of the peace plan itself, or a document beside it.
 * Closed list; `completeness` says how much of it is public, `kind` what it is, so a declaration
 * or a demand paper is never read as a draft of the plan.
 */
export const DOCUMENT_KINDS = [
  'plan-draft',
  'guarantee-document',
  'economic-framework',
  'position-paper',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One document, in words ("Security-guarantee document"). */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  'plan-draft': 'Plan draft',
  'guarantee-document': 'Security-guarantee document',
  'economic-framework': 'Economic framework',
  'position-paper': 'Position paper',
};

/** A group of documents, as the version pickers head them. */
export const DOCUMENT_KIND_GROUPS: Record<DocumentKind, string> = {
  'plan-draft': 'Drafts of the peace plan',
  'guarantee-document': 'Security-guarantee documents (not drafts of the plan)',
  'economic-framework': 'Economic frameworks (not drafts of the plan)',
  'position-paper': 'Position papers (demands, not drafts of the plan)',
};

export type SourceId = string;
export type VersionId = string;
/** `<versionId>:<label>`: derived from data, stable across rebuilds and readable in a URL. */
export type PointId = string;

export interface Source {
  id: SourceId;
  /** The outlet credited with the report. */
  outlet: string;
  /** The site whose copy was read, when it is a repost of the outlet. */
  site?: string;
  /** Always https (validated). */
  url: string;
  /** ISO date. */
  date: string;
  /** The page shows no date; `date` is that of the report it carries. */
  dateApproximate?: boolean;
  /**
   * What the page holds, for maintainers and reviewers of data/. Required in data/ (schema);
   * absent in the browser build, which never shows it (vite.config.ts drops it to keep the
   * first load small).
   */
  holds?: string;
  /**
   * The points (`version:label`) this page holds or reports on: their text, or what became of
   * them. Required in data/ for every source a `reported` link or a fate cites, so the data test
   * can refuse a link that cites a page which never mentions its points. Absent in the browser build.
   */
  covers?: PointId[];
  /**
   * Set by the viewer, never read from data or links (the schema refuses it): the source came with
   * a draft that is not bundled, from its sender or from the reader's own import, and nobody
   * checked it. Every place that names the source says so (`creditedOutlet`).
   */
  givenBy?: 'sender' | 'reader';
}

/**
 * Marks on a point: `unverified` (found in no copy consulted, or in one weak copy only),
 * `disputed` (outlets disagree; every reading kept), `inferred` (a detail the project worked out,
 * e.g. a number taken from the order of an unnumbered list), `thin` (thinly covered: one copy or
 * short summaries only).
 */
export const FLAG_KINDS = ['unverified', 'disputed', 'inferred', 'thin'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FLAG_NAMES: Record<FlagKind, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  inferred: 'Inferred',
  thin: 'Thinly covered',
};

export interface Flag {
  kind: FlagKind;
  note: string;
  sources: SourceId[];
}

export interface Alternative {
  text: string;
  sources: SourceId[];
}

export interface Point {
  /** As numbered in the draft ("10a", "IV", "12"); unique within its version. */
  label: string;
  text: string;
  topics: Topic[];
  sources: SourceId[];
  flags?: Flag[];
  alternatives?: Alternative[];
}

/**
 * A change as a source (or the project) states it, in a few words: "600,000" → "800,000 in
 * peacetime". Views, reports and the narrative print this rather than a word diff of two summaries.
 */
export interface ReportedChange {
  from: string;
  to: string;
}

export type FateStatus = 'dropped' | 'changed' | 'bracketed' | 'kept';

export const FATE_NAMES: Record<FateStatus, string> = {
  dropped: 'reported dropped',
  changed: 'reported changed',
  bracketed: 'in brackets, left to the presidents',
  kept: 'reported kept',
};

export interface FateReading {
  status: FateStatus;
  note: string;
  sources: SourceId[];
  change?: ReportedChange;
}

/** What outlets reported about points of the `basedOn` version, where no text is public. */
export interface Fate {
  points: string[];
  /** Two or more readings mean the outlets disagree; all are shown. */
  readings: FateReading[];
}

export interface VersionNote {
  text: string;
  sources: SourceId[];
}

export interface Version {
  id: VersionId;
  title: string;
  date: string;
  dateLabel?: string;
  /** Required in data/; a reader's import may leave it out (it is then shown as an import). */
  kind?: DocumentKind;
  completeness: Completeness;
  claimedPoints: number | null;
  claimedBy: SourceId[];
  reportedBy: SourceId[];
  summary: string;
  basedOn?: VersionId;
  points: Point[];
  fates?: Fate[];
  notes?: VersionNote[];
  /** Sources carried by the version itself (imports, drafts in links); bundled versions use sources.json. */
  ownSources?: Source[];
}

export type CorrespondenceBasis = 'reported' | 'inferred';

/**
 * What a link claims happened to its `left` points in the `right` version: `kept` (survived; the
 * texts may be worded differently), `changed`, `dropped` (right side empty), `added` (left side
 * empty) or `unknown` (the right version does not say: a summary or partial list that does not
 * mention it, or details not seen).
 */
export const LINK_STATUSES = ['kept', 'changed', 'dropped', 'added', 'unknown'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export interface CorrespondenceLink {
  left: string[];
  right: string[];
  status: LinkStatus;
  basis: CorrespondenceBasis;
  /** `reported`: the pages that say it (each must cover one of the link's points). */
  sources: SourceId[];
  /** The change as stated, when the link says `changed`. */
  change?: ReportedChange;
  note?: string;
}

export interface Correspondence {
  from: VersionId;
  to: VersionId;
  links: CorrespondenceLink[];
}

export interface ProcessEvent {
  id: string;
  date: string;
  dateLabel?: string;
  title: string;
  summary: string;
  sources: SourceId[];
  versions?: VersionId[];
}

/** The versions, their sources and links, validated and cross-checked (events: `parseEvents`). */
export interface Dataset {
  sources: ReadonlyMap<SourceId, Source>;
  versions: readonly Version[];
  correspondences: readonly Correspondence[];
}

export function pointId(version: VersionId, label: string): PointId {
  return `${version}:${label}`;
}

/** The version and label of a point id (version ids are kebab-case: the first colon splits). */
export function pointParts(id: PointId): { version: VersionId; label: string } {
  const at = id.indexOf(':');
  return at < 0
    ? { version: id, label: '' }
    : { version: id.slice(0, at), label: id.slice(at + 1) };
}

/** The spoken date of a version or event ("20 Nov 2025"), falling back to the ISO date. */
export function dateText(item: { date: string; dateLabel?: string }): string {
  return item.dateLabel ?? item.date;
}
