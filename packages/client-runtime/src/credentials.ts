/**
 * AWS credentials: structural copies of `@smithy/types` `AwsCredentialIdentity`
 * / `AwsCredentialIdentityProvider` (so this package needs no `@smithy/types`
 * dependency and values from the AWS SDK's credential providers fit), plus
 * cached resolution.
 * @packageDocumentation
 */
import { memoizeIdentity } from './identity.js';

/** Static AWS credentials (structurally identical to `@smithy/types` `AwsCredentialIdentity`). */
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Session token of temporary credentials; sent as `x-amz-security-token`. */
  readonly sessionToken?: string;
  readonly credentialScope?: string;
  readonly accountId?: string;
  /** When the credentials stop working; cached provider results are refreshed 5 minutes before. */
  readonly expiration?: Date;
}

/** An async source of credentials, e.g. `fromNodeProviderChain()` from `@aws-sdk/credential-providers`. */
export type AwsCredentialIdentityProvider = (identityProperties?: Record<string, unknown>) => Promise<AwsCredentialIdentity>;

/** Read an environment variable when a `process` global exists (Node, Bun, Deno compat); `undefined` in browsers. */
export function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = proc?.env?.[name];
  return value === '' ? undefined : value;
}

/** Credentials from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`, when both keys are set. */
export function envCredentials(): AwsCredentialIdentity | undefined {
  const accessKeyId = readEnv('AWS_ACCESS_KEY_ID');
  const secretAccessKey = readEnv('AWS_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = readEnv('AWS_SESSION_TOKEN');
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/** Resolves the credentials of one request; `undefined` when nothing supplies any. */
export type CredentialsSource = () => Promise<AwsCredentialIdentity | undefined>;

/**
 * Build the credentials source of a client.
 *
 * Order: `configured` (a static object, or a provider cached by
 * {@link memoizeIdentity}: called once and again 5 minutes before
 * `expiration`), then the `AWS_*` environment variables (read per call) when
 * `process` exists.
 *
 * @param configured `ClientConfig.credentials`
 * @param serviceId service shape id, used in error messages
 * @returns the source; it rejects when a provider returns an object without string `accessKeyId`/`secretAccessKey`
 */
export function credentialsSource(
  configured: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  serviceId: string,
): CredentialsSource {
  if (configured === undefined) return async () => envCredentials();
  const check = (c: AwsCredentialIdentity): AwsCredentialIdentity => {
    if (typeof c?.accessKeyId !== 'string' || typeof c.secretAccessKey !== 'string') {
      throw new Error(`Invalid AWS credentials for ${serviceId}: accessKeyId and secretAccessKey must be strings`);
    }
    return c;
  };
  if (typeof configured !== 'function') return async () => check(configured);
  const cached = memoizeIdentity(async () => check(await configured()));
  return cached;
}

/** The error thrown when a SigV4 request has no credentials. */
export function missingCredentials(serviceId: string): Error {
  return new Error(
    `No AWS credentials for ${serviceId}: pass \`credentials\` (an object or an async provider) in the client config, ` +
      'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
  );
}
