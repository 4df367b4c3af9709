/**
 * The registry tests install third-party packages from the npm registry
 * (through verdaccio's uplink). Without it they are skipped with a message
 * outside CI, and fail under `CI=true`.
 * @packageDocumentation
 */

/** The public registry verdaccio proxies third-party packages from. */
export const NPM_REGISTRY = 'https://registry.npmjs.org/';

/** Can the npm registry be reached (one metadata request, 15 s)? */
export async function npmReachable(): Promise<boolean> {
  try {
    const r = await fetch(`${NPM_REGISTRY}msw/2.15.0`, { signal: AbortSignal.timeout(15_000) });
    return r.ok;
  } catch {
    return false;
  }
}

/**
 * Decide whether the registry tests run.
 * @returns true to run; false (after printing why) to skip outside CI
 * @throws Error under `CI=true` when the registry is unreachable
 */
export async function registryTestsEnabled(): Promise<boolean> {
  if (await npmReachable()) return true;
  const message = `${NPM_REGISTRY} is unreachable: the registry tests (verdaccio installs into scratch projects) need it`;
  if (process.env.CI) throw new Error(`${message}; under CI=true they must run`);
  console.warn(`SKIPPED: ${message}.`);
  return false;
}
