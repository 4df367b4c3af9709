/**
 * The scratch project's test (scripts/matrix/scratch-project.mjs copies it into a directory outside
 * the workspace that installed the packed Anvil packages and msw 3 from tarballs and the registry):
 * the generated DRS client against the generated DRS handlers under msw/node — a default answer, an
 * error override and an unhandled request. Run with `node --test` (Node 22.18+ strips the types) and
 * type-checked with TypeScript 7 against msw 3's declarations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, test } from 'node:test';
import { setupServer } from 'msw/node';
import { unhandledRequests } from '@anvil/msw-runtime';
import { DrsClient, ResourceNotFoundException } from '@anvil-gen/drs-client';
import { handlers, retryDataReplicationErrors, retryDataReplicationHandler } from '@anvil-gen/drs-msw';

const SOURCE_SERVER_ID = 's-1234567890abcdef0';
const server = setupServer(...handlers);
const client = new DrsClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  maxAttempts: 1,
});

before(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
after(() => server.close());

test('the installed msw is the 3.x under test', () => {
  const { version } = JSON.parse(readFileSync(new URL(import.meta.resolve('msw/package.json')), 'utf8')) as { version: string };
  assert.equal(version, process.env['ANVIL_EXPECT_MSW'] ?? version);
  assert.match(version, /^3\./);
});

test('a default answer: 200 with a model-valid source server', async () => {
  const out = await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID });
  assert.equal(out.$metadata.httpStatusCode, 200);
  assert.equal(typeof out.sourceServerID, 'string');
});

test('an error override: ResourceNotFoundException with its status and members', async () => {
  server.use(
    retryDataReplicationHandler(
      retryDataReplicationErrors.ResourceNotFoundException({ message: 'gone', code: 'NF', resourceId: 's-1', resourceType: 'SOURCE_SERVER' }),
    ),
  );
  const error: unknown = await client.retryDataReplication({ sourceServerID: SOURCE_SERVER_ID }).then(
    () => assert.fail('expected ResourceNotFoundException'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResourceNotFoundException, `got ${String(error)}`);
  assert.equal(error.name, 'ResourceNotFoundException');
  assert.equal(error.$fault, 'client');
  assert.equal(error.$metadata.httpStatusCode, 404);
  assert.equal(error.message, 'gone');
  assert.equal(error.resourceId, 's-1');
  assert.equal(error.resourceType, 'SOURCE_SERVER');
});

test("unhandledRequests('error') makes a request no handler answers fail", async () => {
  // msw refuses it itself (the cause names the strategy), before any DNS lookup of the host.
  const error: unknown = await fetch('https://unmocked.example.invalid/x').then(() => assert.fail('expected a failure'), (e: unknown) => e);
  assert.ok(error instanceof TypeError);
  assert.match(String((error.cause as Error | undefined)?.message), /\[MSW\] Cannot bypass a request when using the "error" strategy/);
});
