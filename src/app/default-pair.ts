import type { Version } from '../core/model/types';

/**
 * The first view: the 28-point draft against the newest version that has text (issue #2).
 * Falls back to the oldest and newest versions with text when the 28-point draft is absent.
 */
export function defaultPair(versions: readonly Version[]): { left: string; right: string } {
  const withText = versions.filter((v) => v.points.length > 0);
  const byDate = [...withText].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const left = versions.find((v) => v.id === 'us-28')?.id ?? byDate[0]?.id ?? versions[0]?.id ?? '';
  const newest = byDate.filter((v) => v.id !== left).at(-1)?.id ?? left;
  return { left, right: newest };
}
