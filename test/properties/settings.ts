import type fc from 'fast-check';

/**
 * A fixed seed and a bounded number of runs in `npm test`, so the suite is
 * fast and a failure is reproducible; `npm run test:fuzz` sets
 * STRATEGITJEK_FUZZ_RUNS (and may set STRATEGITJEK_FUZZ_SEED) for a longer,
 * differently seeded run.
 */
const runs = Number(process.env.STRATEGITJEK_FUZZ_RUNS) || 0;
const seed = Number(process.env.STRATEGITJEK_FUZZ_SEED) || 20261129;

export function runsFor(quick: number): fc.Parameters<unknown> {
  return { seed, numRuns: runs > 0 ? runs : quick, endOnFailure: true };
}
