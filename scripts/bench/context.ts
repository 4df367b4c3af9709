/** Shared helpers of the benchmark modules in this folder. */

/** What every benchmark module receives. */
export interface BenchContext {
  /** Repository root (absolute). */
  readonly root: string;
  /** Shared data directory (`$ANVIL_SHARED` or `../shared`); may not exist. */
  readonly shared: string;
  /** Repetitions per measure. */
  readonly runs: number;
}

/** Median of a non-empty sample. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
