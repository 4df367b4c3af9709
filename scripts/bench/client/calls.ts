/**
 * In-memory transports for the per-call benchmark: both clients get the same
 * canned `RetryDataReplication` response without any network.
 */

/** The canned response body (a SourceServer). */
export const CANNED_BODY = JSON.stringify({
  sourceServerID: 's-1234567890abcdef0',
  arn: 'arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0',
  replicationDirection: 'FAILOVER',
  lastLaunchResult: 'SUCCEEDED',
  tags: { team: 'dr', env: 'prod' },
  dataReplicationInfo: {
    dataReplicationState: 'CONTINUOUS',
    lagDuration: 'PT1S',
    replicatedDisks: [{ deviceName: '/dev/xvda', totalStorageBytes: 8589934592, replicatedStorageBytes: 8589934592, rescannedStorageBytes: 0, backloggedStorageBytes: 0 }],
  },
  lifeCycle: { addedToServiceDateTime: '2024-01-01T00:00:00Z', elapsedReplicationDuration: 'P1D' },
});
const HEADERS = { 'content-type': 'application/json', 'x-amzn-requestid': 'bench-req' };
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const INPUT = { sourceServerID: 's-1234567890abcdef0' };

type Ctor = new (config: Record<string, unknown>) => unknown;

/**
 * One call of our lite client through a custom `requestHandler` (the transport option, like the SDK's): it answers
 * plain status, headers and body bytes, as the SDK handler below does.
 */
export function anvilCaller(mod: Record<string, unknown>): () => Promise<unknown> {
  const bytes = new TextEncoder().encode(CANNED_BODY);
  const requestHandler = async () => ({ status: 200, headers: { ...HEADERS }, body: bytes });
  const client = new (mod.DrsLiteClient as Ctor)({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler, deprecationWarnings: false });
  const op = mod.retryDataReplication as (c: unknown, i: unknown) => Promise<unknown>;
  return () => op(client, INPUT);
}

/** One call of the AWS SDK client through a custom `requestHandler`. */
export function sdkCaller(mod: Record<string, unknown>, protocolHttp: Record<string, unknown>): () => Promise<unknown> {
  const bytes = new TextEncoder().encode(CANNED_BODY);
  const HttpResponse = protocolHttp.HttpResponse as new (o: Record<string, unknown>) => unknown;
  const requestHandler = {
    handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { ...HEADERS }, body: bytes }) }),
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  const client = new (mod.DrsClient as Ctor)({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler }) as { send(c: unknown): Promise<unknown> };
  const Command = mod.RetryDataReplicationCommand as new (i: unknown) => unknown;
  return () => client.send(new Command(INPUT));
}
