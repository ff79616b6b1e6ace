/** Medians and millisecond figures as `npm run bench` prints them. */

/** The median of `xs` (0 when empty). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Milliseconds to three significant figures or so: 0.24, 21.9, 199. */
export const ms = (x: number): string =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
