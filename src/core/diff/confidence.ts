/**
 * How sure the engine is of each pairing it made, 0..1, and the tier the viewer shows it in:
 * `confident`, or `possible` (a match the reader may confirm or reject).
 *
 * The confidence is the pair precision measured on the real-draft set (`npm run bench`,
 * scripts/bench/real: the brief's correspondences as truth) for the evidence the pairing rests
 * on, spread a little by its similarity within that evidence:
 * - the same text, exactly or normalised: 1;
 * - similar text at the bar (0.5 in order, more for a move), and merges or splits at 0.6: right
 *   on every real and generated pair measured (0.9–1);
 * - a `weak` pair (0.15–0.5, the only close match between its matched neighbours): 92–96% right
 *   (0.65–0.85);
 * - gap filling (`gaps.ts`: a pair or a part accepted for its place): 83–89% right (0.5–0.75).
 * `CONFIDENT_AT` splits the tiers: on the real set every text pair and the stronger weak pairs
 * are confident; gap filling is always a possible match.
 */
import type { Draft } from './align-state';
import type { MatchTier } from './align-types';

/** From this confidence on, a pairing is `confident`. */
export const CONFIDENT_AT = 0.8;

/** Per kind of evidence: the confidence at its weakest, the span up to its strongest, and the similarities they correspond to. */
const SCALES = {
  text: { base: 0.9, span: 0.1, from: 0.5, to: 1 },
  weak: { base: 0.65, span: 0.2, from: 0.15, to: 0.5 },
  gap: { base: 0.5, span: 0.25, from: 0.1, to: 0.4 },
} as const;

/** The confidence of a two-sided group the engine made (not a recorded link). */
export function confidenceOf(d: Draft): number {
  if (d.how === 'exact' || d.how === 'normalised') return 1;
  const scale =
    d.gap === true || d.block === true || d.unique === true
      ? SCALES.gap
      : d.weak === true
        ? SCALES.weak
        : SCALES.text;
  const t = Math.min(1, Math.max(0, (d.similarity - scale.from) / (scale.to - scale.from)));
  return Math.round((scale.base + scale.span * t) * 100) / 100;
}

export function tierOf(confidence: number): MatchTier {
  return confidence >= CONFIDENT_AT ? 'confident' : 'possible';
}
