/**
 * The wording of the alignment's explanations: why each group is what it is, naming points by
 * their labels. Labels never take part in matching; they are only used here.
 */
import type { AlignState, Draft } from './align-state';
import type { AlignedGroup } from './align-types';
import { confidenceOf, tierOf } from './confidence';
import { formatIndexedLabels } from './labels';

const BLOCK_NOTE = 'grown by neighbouring points on the same subject';

/** The finished group of draft `g`, with its explanation. */
export function describe(
  s: AlignState,
  g: number,
  moved: boolean,
  leftLabels: string[],
  rightLabels: string[],
): AlignedGroup {
  const d = s.drafts[g] as Draft;
  const explain: string[] = [];
  switch (d.how) {
    case 'fixed':
      explain.push('recorded correspondence');
      break;
    case 'exact':
      explain.push('same text');
      break;
    case 'normalised':
      explain.push('same text apart from case/punctuation');
      break;
    case 'similar':
      explain.push(similarityNote(s, d));
      if (d.weak === true || d.gap === true)
        explain.push('the closest match between its matched neighbours');
      if (d.unique === true) explain.push('the only free point on its subject on either side');
      break;
    case 'merge':
      explain.push(
        `${formatIndexedLabels(d.left, leftLabels)} merged into ${formatIndexedLabels(d.right, rightLabels)}`,
        similarityNote(s, d),
      );
      if (d.block === true) explain.push(BLOCK_NOTE);
      break;
    case 'split':
      explain.push(
        `${formatIndexedLabels(d.left, leftLabels)} split into ${formatIndexedLabels(d.right, rightLabels)}`,
        similarityNote(s, d),
      );
      if (d.block === true) explain.push(BLOCK_NOTE);
      break;
    case 'unmatched':
      explain.push(
        d.left.length > 0 ? 'no matching point on the right' : 'no matching point on the left',
      );
      break;
  }
  if (moved)
    explain.push(
      `moved from ${formatIndexedLabels(d.left, leftLabels)} to ${formatIndexedLabels(d.right, rightLabels)}`,
    );
  const group: AlignedGroup = { left: d.left, right: d.right, how: d.how, moved, explain };
  // Four decimals: sums of weights in different orders leave 0.9999999999999999 for 1.
  if (d.how !== 'fixed' && d.how !== 'unmatched') {
    group.similarity = Math.round(d.similarity * 1e4) / 1e4;
    group.confidence = confidenceOf(d);
    group.tier = tierOf(group.confidence);
  }
  return group;
}

/** "72% similar; shared words: army, 600,000, personnel": the three rarest shared words. */
function similarityNote(s: AlignState, d: Draft): string {
  const words = s.profiles.sharedWords(
    d.left,
    d.right.map((b) => s.nL + b),
    3,
  );
  const percent = `${Math.round(d.similarity * 100)}% similar`;
  return words.length > 0 ? `${percent}; shared words: ${words.join(', ')}` : percent;
}
