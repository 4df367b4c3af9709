/**
 * AWS credentials: structural copies of `@smithy/types` `AwsCredentialIdentity`
 * / `AwsCredentialIdentityProvider` (so this package needs no `@smithy/types`
 * dependency and values from the AWS SDK's credential providers fit), plus
 * per-request resolution.
 * @packageDocumentation
 */

/** Static AWS credentials (structurally identical to `@smithy/types` `AwsCredentialIdentity`). */
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Session token of temporary credentials; sent as `x-amz-security-token`. */
  readonly sessionToken?: string;
  readonly credentialScope?: string;
  readonly accountId?: string;
  /** When the credentials stop working. */
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

/**
 * Resolve the credentials to sign one request with.
 *
 * Order: `configured` (a static object, or a provider that is called once per
 * call of this function), then `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` /
 * `AWS_SESSION_TOKEN` environment variables when `process` exists.
 *
 * @param configured `ClientConfig.credentials`
 * @param serviceId service shape id, used in the error message
 * @returns the credentials
 * @throws Error when nothing supplies credentials, or the provider returns an object without `accessKeyId`/`secretAccessKey`
 */
export async function resolveCredentials(
  configured: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  serviceId: string,
): Promise<AwsCredentialIdentity> {
  let credentials: AwsCredentialIdentity | undefined;
  if (typeof configured === 'function') credentials = await configured();
  else if (configured !== undefined) credentials = configured;
  else {
    const accessKeyId = readEnv('AWS_ACCESS_KEY_ID');
    const secretAccessKey = readEnv('AWS_SECRET_ACCESS_KEY');
    if (accessKeyId && secretAccessKey) {
      const sessionToken = readEnv('AWS_SESSION_TOKEN');
      credentials = sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
    }
  }
  if (credentials === undefined) {
    throw new Error(
      `No AWS credentials for ${serviceId}: pass \`credentials\` (an object or an async provider) in the client config, ` +
        'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    );
  }
  if (typeof credentials.accessKeyId !== 'string' || typeof credentials.secretAccessKey !== 'string') {
    throw new Error(`Invalid AWS credentials for ${serviceId}: accessKeyId and secretAccessKey must be strings`);
  }
  return credentials;
}
