import { compareCodes, type VersionEntry } from './catalog';

/**
 * The first view: the 28-point draft against the newest draft of the plan that has text (issue #2).
 * Documents beside the plan (guarantees, frameworks, position papers) are never the default:
 * comparing the plan with a demand paper is a choice, not a first view (issue #12). Falls back to
 * the oldest and newest versions with text when the 28-point draft is absent.
 */
export function defaultPair(versions: readonly VersionEntry[]): { left: string; right: string } {
  const withText = versions.filter(
    (v) => v.knownPoints > 0 && (v.kind === undefined || v.kind === 'plan-draft'),
  );
  const byDate = [...withText].sort(
    (a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id),
  );
  const left = versions.find((v) => v.id === 'us-28')?.id ?? byDate[0]?.id ?? versions[0]?.id ?? '';
  const newest = byDate.filter((v) => v.id !== left).at(-1)?.id ?? left;
  return { left, right: newest };
}
