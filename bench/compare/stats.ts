/** Summary statistics for a few noisy runs: the median and the range, never the mean. */

/** Median, min and max of a set of runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** The median (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median and range, rounded for the report.
 * @example spread([3.1, 2.9, 3.4]) // { median: 3.1, min: 2.9, max: 3.4, runs: [3.1, 2.9, 3.4] }
 */
export function spread(values: number[], digits = 2): Spread {
  const round = (n: number): number => Number(n.toFixed(digits));
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.map(round) };
}

/**
 * The paired ratio of runs made side by side (A then B in each pair): the median of a[i] / b[i].
 * Pairing cancels most of the drift of a shared machine, which a ratio of medians would not.
 */
export function pairedRatio(a: number[], b: number[]): Spread {
  const ratios = a.map((v, i) => v / (b[i] as number)).filter(Number.isFinite);
  return spread(ratios, 3);
}
