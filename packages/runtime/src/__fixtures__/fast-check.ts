/**
 * Run settings of the property tests: a fixed seed by default, so `pnpm test` is deterministic
 * (a run fails every time or never); `FC_SEED=<n>` replays a seed, `FC_SEED=random` explores new ones,
 * `FC_RUNS=<factor>` multiplies the number of runs (for exploring, not for `pnpm test`).
 * fast-check prints the seed and the shrunk counterexample of a failure.
 */
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20260414;

/** fast-check parameters for a property: `numRuns` runs under the configured seed. */
export function runs<T>(numRuns: number): Parameters<T> {
  const seed = process.env['FC_SEED'];
  const n = Math.max(1, Math.round(numRuns * Number(process.env['FC_RUNS'] || 1)));
  if (seed === 'random') return { numRuns: n };
  return { numRuns: n, seed: seed === undefined || seed === '' ? DEFAULT_SEED : Number(seed) };
}
