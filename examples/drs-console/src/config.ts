/**
 * The one place the console's DRS client is configured. The app (`main.ts`) calls
 * {@link createClient} with no arguments; tests and the mock page pass overrides
 * (another endpoint, region or `fetch`) or set the `VITE_DRS_*` variables.
 * @packageDocumentation
 */
import { DrsClient, type DrsClientConfig } from '@anvil-gen/drs-client';

/** Region the demo signs for and builds the default endpoint with (`https://drs.us-east-1.amazonaws.com`). */
export const DEMO_REGION = 'us-east-1';

/**
 * Static demo credentials (the AWS documentation's example key pair). They only
 * exist so requests can be SigV4-signed in the browser (WebCrypto); real AWS rejects them.
 */
export const DEMO_CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
} as const;

/** Build-time settings Vite inlines from the environment (`.env` files or the shell). */
export interface ConsoleEnv {
  /** Absolute base URL of the DRS API, e.g. `http://127.0.0.1:4566`; unset → the AWS endpoint of the region. */
  readonly VITE_DRS_ENDPOINT?: string;
  /** Region to sign for; unset → {@link DEMO_REGION}. */
  readonly VITE_DRS_REGION?: string;
}

/**
 * The client configuration of the console.
 *
 * @param overrides fields that win over everything else (tests: `endpoint`, `fetch`, …)
 * @param env build-time variables; default `import.meta.env`
 * @returns region (`overrides` → `VITE_DRS_REGION` → {@link DEMO_REGION}), static
 *   {@link DEMO_CREDENTIALS}, `endpoint` when `VITE_DRS_ENDPOINT` is set, and the overrides;
 *   deprecation warnings are off because the page shows them instead of logging them
 */
export function clientConfig(overrides: DrsClientConfig = {}, env: ConsoleEnv = import.meta.env): DrsClientConfig {
  return {
    region: env.VITE_DRS_REGION || DEMO_REGION,
    credentials: DEMO_CREDENTIALS,
    ...(env.VITE_DRS_ENDPOINT ? { endpoint: env.VITE_DRS_ENDPOINT } : {}),
    deprecationWarnings: false,
    ...overrides,
  };
}

/**
 * Create the console's client.
 * @param overrides see {@link clientConfig}
 * @returns a `DrsClient`; nothing is resolved or sent until the first call
 */
export function createClient(overrides: DrsClientConfig = {}): DrsClient {
  return new DrsClient(clientConfig(overrides));
}
