/**
 * The vertical slice end to end: our generated DrsClient calls
 * RetryDataReplication through our generated MSW handler (msw/node).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { unhandledRequests, validate } from '@anvil/msw-runtime';
import { SourceServer$, type SourceServer } from '@anvil-gen/drs-types';
import { DrsClient, DrsLiteClient, DrsServiceException, ResourceNotFoundException, ThrottlingException, ValidationException, retryDataReplication } from '@anvil-gen/drs-client';
import { errors, handlers, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { CREDENTIALS, REGION, SOURCE_SERVER_ID } from './capture.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = new DrsClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false });

/** Every field of a SourceServer, checked against the model's constraints by hand (not only through `validate`). */
function expectModelValid(s: SourceServer): void {
  expect(s.sourceServerID).toMatch(/^s-[0-9a-zA-Z]{17}$/);
  expect(s.arn).toMatch(/^arn:.{16,2044}$/);
  expect(s.arn!.length).toBeGreaterThanOrEqual(20);
  expect(s.arn!.length).toBeLessThanOrEqual(2048);
  expect(['NOT_STARTED', 'PENDING', 'SUCCEEDED', 'FAILED']).toContain(s.lastLaunchResult);
  expect(['FAILOVER', 'FAILBACK']).toContain(s.replicationDirection);
  expect(s.recoveryInstanceId).toMatch(/^i-[0-9a-fA-F]{8,}$/);
  const info = s.dataReplicationInfo!;
  expect(['STOPPED', 'INITIATING', 'INITIAL_SYNC', 'BACKLOG', 'CREATING_SNAPSHOT', 'CONTINUOUS', 'PAUSED', 'RESCAN', 'STALLED', 'DISCONNECTED']).toContain(info.dataReplicationState);
  for (const step of info.dataReplicationInitiation!.steps!) {
    expect(['NOT_STARTED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'SKIPPED']).toContain(step.status);
  }
  for (const disk of info.replicatedDisks!) {
    expect(Number.isInteger(disk.totalStorageBytes)).toBe(true);
    expect(disk.totalStorageBytes!).toBeGreaterThanOrEqual(0);
  }
  expect(s.lifeCycle!.lastLaunch!.initiated!.jobID).toMatch(/^drsjob-[0-9a-zA-Z]{17}$/);
  expect(['RECOVERY', 'DRILL']).toContain(s.lifeCycle!.lastLaunch!.initiated!.type);
  expect(s.sourceCloudProperties!.originAccountID).toMatch(/[0-9]{12,}/);
  expect(s.sourceCloudProperties!.originAccountID!.length).toBe(12);
  for (const nic of s.sourceProperties!.networkInterfaces!) expect(typeof nic.isPrimary).toBe('boolean');
  expect(['NOT_EXTENDED', 'EXTENDED', 'EXTENSION_ERROR']).toContain(s.stagingArea!.status);
  for (const [k, v] of Object.entries(s.tags!)) {
    expect(k.length).toBeLessThanOrEqual(256);
    expect(v.length).toBeLessThanOrEqual(256);
  }
  // And the schema-driven check of every member, recursively.
  expect(validate(SourceServer$, s)).toEqual([]);
}

describe('DrsClient → generated MSW handler', () => {
  it('retryDataReplication returns a SourceServer satisfying the model', async () => {
    const out = await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/\S+/);
    expectModelValid(out);
  });

  it('the tree-shakable function works with the lite client', async () => {
    const lite = new DrsLiteClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false });
    const out = await retryDataReplication(lite, { sourceServerID: SOURCE_SERVER_ID });
    expectModelValid(out);
  });

  it('a partial override is deep-merged over the fake data', async () => {
    server.use(retryDataReplicationHandler({ sourceServerID: SOURCE_SERVER_ID, tags: { team: 'dr' }, lifeCycle: { lastLaunch: { status: 'LAUNCHED' } } }));
    const out = await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
    expect(out.sourceServerID).toBe(SOURCE_SERVER_ID);
    expect(out.tags).toEqual({ team: 'dr' });
    expect(out.lifeCycle?.lastLaunch?.status).toBe('LAUNCHED');
    expect(out.lifeCycle?.lastLaunch?.initiated?.jobID).toMatch(/^drsjob-/);
  });

  it('a resolver gets the typed, parsed input', async () => {
    server.use(retryDataReplicationHandler(({ input }) => ({ sourceServerID: input.sourceServerID, arn: `arn:aws:drs:us-east-1:123456789012:source-server/${input.sourceServerID}` })));
    const out = await client.retryDataReplication({ sourceServerID: 's-0000000000000000a' });
    expect(out.sourceServerID).toBe('s-0000000000000000a');
    expect(out.arn).toBe('arn:aws:drs:us-east-1:123456789012:source-server/s-0000000000000000a');
  });

  it('modeled errors arrive as their classes with members', async () => {
    server.use(retryDataReplicationHandler(errors.ResourceNotFoundException({ message: 'no such server', resourceId: SOURCE_SERVER_ID, resourceType: 'SOURCE_SERVER', code: 'NotFound' })));
    const err = await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(err).toBeInstanceOf(DrsServiceException);
    const e = err as ResourceNotFoundException;
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$fault).toBe('client');
    expect(e.message).toBe('no such server');
    expect(e.resourceId).toBe(SOURCE_SERVER_ID);
    expect(e.resourceType).toBe('SOURCE_SERVER');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('throttling carries Retry-After from its header binding', async () => {
    server.use(retryDataReplicationHandler(errors.ThrottlingException({ message: 'slow down', retryAfterSeconds: '7' })));
    // one attempt: retrying would honour Retry-After and sleep 2 × 7 s of real time (retries: client-retries.test.ts)
    const once = new DrsClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false, maxAttempts: 1 });
    const err = (await once.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID }).catch((e: unknown) => e)) as ThrottlingException;
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.$metadata.httpStatusCode).toBe(429);
    expect(err.retryAfterSeconds).toBe('7');
  });

  it('the mock validates input: a pattern violation is a ValidationException', async () => {
    const err = (await client.retryDataReplication({ sourceServerID: 'not-an-id' }).catch((e: unknown) => e)) as ValidationException;
    expect(err).toBeInstanceOf(ValidationException);
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.fieldList?.[0]?.name).toBe('sourceServerID');
  });
});
