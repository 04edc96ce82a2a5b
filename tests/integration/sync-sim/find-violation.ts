import fc from 'fast-check';
import { actionArb, runScenario } from './actions';
import { World } from './simulator';

/** How many random scenarios each property runs (more locally with SAMPARK_SYNC_RUNS). */
export const PROPERTY_RUNS = Number(process.env.SAMPARK_SYNC_RUNS ?? 60);

/** Runs random scenarios (size 'max': long action lists); returns the first run's problems, or null if all held. */
export async function findViolation(runs: number, skews: number[] = [0, 0, 0], seed = 20261123): Promise<string[] | null> {
  let found: string[] | null = null;
  await fc
    .assert(
      fc.asyncProperty(fc.array(actionArb(skews.length), { size: 'max', minLength: 20, maxLength: 150 }), async (actions) => {
        const world = await World.create(skews.length, skews);
        try {
          const problems = await runScenario(world, actions);
          if (problems.length) found = problems;
          return problems.length === 0;
        } catch (error) {
          found = [`crashed: ${(error as Error).stack ?? String(error)}`];
          return false;
        } finally {
          world.dispose();
        }
      }),
      { numRuns: runs, seed, endOnFailure: true },
    )
    .catch(() => undefined);
  return found;
}
