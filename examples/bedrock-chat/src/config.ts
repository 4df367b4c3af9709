/**
 * The one place the chat's Bedrock Runtime client and model are configured. The app (`main.ts`)
 * and the mock page call {@link createClient} with no arguments; tests pass overrides or set the
 * `VITE_BEDROCK_*` variables.
 * @packageDocumentation
 */
import { BedrockRuntimeClient, type BedrockRuntimeClientConfig } from '@anvil-gen/bedrock-runtime-client';

/** Region the demo signs for and builds the default endpoint with (`https://bedrock-runtime.us-east-1.amazonaws.com`). */
export const DEMO_REGION = 'us-east-1';

/** Model the demo talks to unless `VITE_BEDROCK_MODEL_ID` names another. */
export const DEMO_MODEL_ID = 'anthropic.claude-3-haiku-20240307-v1:0';

/**
 * Static demo credentials (the AWS documentation's example key pair). They only exist so requests
 * can be SigV4-signed in the browser (WebCrypto); real AWS rejects them.
 */
export const DEMO_CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
} as const;

/** Build-time settings Vite inlines from the environment (`.env` files or the shell). */
export interface ChatEnv {
  /** Absolute base URL of the Bedrock Runtime API; unset → the AWS endpoint of the region. */
  readonly VITE_BEDROCK_ENDPOINT?: string;
  /** Region to sign for; unset → {@link DEMO_REGION}. */
  readonly VITE_BEDROCK_REGION?: string;
  /** Model or inference profile id; unset → {@link DEMO_MODEL_ID}. */
  readonly VITE_BEDROCK_MODEL_ID?: string;
}

/**
 * The client configuration of the chat.
 * @param overrides fields that win over everything else (tests: `endpoint`, `fetch`, …)
 * @param env build-time variables; default `import.meta.env`
 * @returns region (`overrides` → `VITE_BEDROCK_REGION` → {@link DEMO_REGION}), static
 *   {@link DEMO_CREDENTIALS}, `endpoint` when `VITE_BEDROCK_ENDPOINT` is set, and the overrides
 */
export function clientConfig(overrides: BedrockRuntimeClientConfig = {}, env: ChatEnv = import.meta.env): BedrockRuntimeClientConfig {
  return {
    region: env.VITE_BEDROCK_REGION || DEMO_REGION,
    credentials: DEMO_CREDENTIALS,
    ...(env.VITE_BEDROCK_ENDPOINT ? { endpoint: env.VITE_BEDROCK_ENDPOINT } : {}),
    ...overrides,
  };
}

/**
 * Create the chat's client.
 * @param overrides see {@link clientConfig}
 * @returns a `BedrockRuntimeClient`; nothing is resolved or sent until the first call
 */
export function createClient(overrides: BedrockRuntimeClientConfig = {}): BedrockRuntimeClient {
  return new BedrockRuntimeClient(clientConfig(overrides));
}

/**
 * The model the chat sends its conversation to.
 * @param env build-time variables; default `import.meta.env`
 * @returns `VITE_BEDROCK_MODEL_ID`, or {@link DEMO_MODEL_ID}
 */
export function modelId(env: ChatEnv = import.meta.env): string {
  return env.VITE_BEDROCK_MODEL_ID || DEMO_MODEL_ID;
}
