/**
 * "Retry data replication" for one source server: the deprecated
 * `RetryDataReplication` operation (Smithy `@deprecated`), with outcomes the page can show.
 * @packageDocumentation
 */
import { DrsServiceException, type DrsClient, type SourceServer } from '@anvil-gen/drs-client';
import { RetryDataReplication$ } from '@anvil-gen/drs-types';

/** The part of the client {@link retryReplication} calls. */
export type RetryDataReplicationApi = Pick<DrsClient, 'retryDataReplication'>;

/**
 * Why `RetryDataReplication` is deprecated, read from the model's `@deprecated` trait
 * (`WARNING: RetryDataReplication is deprecated` in the embedded DRS model).
 */
export const RETRY_DEPRECATION: string = RetryDataReplication$.deprecated?.message ?? 'RetryDataReplication is deprecated';

/** What one retry ended with. */
export type RetryOutcome =
  | { readonly ok: true; readonly server: SourceServer }
  | { readonly ok: false; readonly error: string };

/**
 * Ask DRS to retry data replication of one source server.
 * @param client the DRS client
 * @param sourceServerID the server's ID (`s-` + 17 alphanumerics)
 * @returns the server as the service returned it, or the error text (see {@link describeError}); never rejects
 */
export async function retryReplication(client: RetryDataReplicationApi, sourceServerID: string): Promise<RetryOutcome> {
  try {
    // The operation is deprecated on purpose: the page shows RETRY_DEPRECATION next to the button.
    const server = await client.retryDataReplication({ sourceServerID });
    return { ok: true, server };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/**
 * One line for an error shown on the page.
 * @param error anything a client call rejected with
 * @returns `<ErrorName>: <message>` for modeled and unmodeled service errors (`DrsServiceException`),
 *   the message of other `Error`s (network failures), else `String(error)`
 */
export function describeError(error: unknown): string {
  if (error instanceof DrsServiceException) return `${error.name}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
