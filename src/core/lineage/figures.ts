/**
 * Figures and short texts for the topic matrix. Everything is cut out of the data's own text:
 * a figure is printed exactly as the point gives it ("600,000", "$100 billion", "100 days"),
 * never computed, rounded or guessed.
 */

/**
 * The figures a text states, in order, each once:
 * - money: "$100 billion", "$800 billion";
 * - counts with thousands separators: "600,000";
 * - percentages: "50%";
 * - shares written as ratios: "50:50", "50–50", "50/50";
 * - durations: "100 days", "10 years".
 * Bare small numbers are left out on purpose: they are mostly names ("Article 5", "START-1",
 * "G8") or point numbers, not figures a reader compares across drafts.
 */
const FIGURE =
  /\$\s?\d[\d,.]*(?:\s(?:billion|million|trillion))?|\b\d{1,3}(?:,\d{3})+\b(?!\s(?:billion|million))|\b\d+(?:\.\d+)?\s?%|\b\d+(?:[:/–]|-(?=\d))\d+\b|\b\d+\s(?:days?|weeks?|months?|years?)\b/g;

export function extractFigures(text: string): string[] {
  const found = text.match(FIGURE) ?? [];
  return [...new Set(found.map((f) => f.trim()))];
}

/**
 * A text cut to its first sentence, then to at most `maxWords` words at a word boundary, with an
 * ellipsis when anything was cut. Figures inside the kept words stay whole.
 */
export function shortText(text: string, maxWords = 14): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at "." or ";" followed by a space, but not after "St." or an initial ("J.").
  const sentence =
    /^(.+?(?<!\b(?:St|Mr|Mrs|Ms|Dr|No|vs|[A-Z]))[.;])(?:\s|$)/.exec(squashed)?.[1] ?? squashed;
  const words = sentence.split(' ');
  const cut = sentence.length < squashed.length;
  if (words.length <= maxWords) return cut ? `${stripEnd(sentence)}…` : sentence;
  return `${stripEnd(words.slice(0, maxWords).join(' '))}…`;
}

function stripEnd(text: string): string {
  return text.replace(/[\s,;:.–-]+$/, '');
}
