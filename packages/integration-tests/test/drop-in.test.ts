/**
 * The SDK-shaped surface (`@anvil-gen/drs-client/sdk`) is a drop-in for `@aws-sdk/client-drs`: a program
 * written against the SDK (`sdk-program/program.sdk.ts`) runs unchanged but for its import
 * (`sdk-program/program.anvil.ts`) through the generated mocks, and both programs return the same.
 * Both files are type-checked with the package (`tsc`), so the program also compiles against our types.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSourceServersHandler, errors, listTagsForResourceHandler, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { program as anvilProgram } from './sdk-program/program.anvil.js';
import { program as sdkProgram } from './sdk-program/program.sdk.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REGION = 'us-east-1';
const ARN = 'arn:aws:drs:us-east-1:123456789012:source-server/s-1234567890abcdef0';
const ID = (n: number) => `s-${String(n).padStart(17, '0')}`;

const server = setupServer(
  // an error code the model does not declare: the service's base exception named after the code
  http.post(`https://drs.${REGION}.amazonaws.com/RetryDataReplication`, async ({ request }) => {
    const body = (await request.clone().json()) as { sourceServerID?: string };
    if (body.sourceServerID !== 's-11111111111111111') return undefined;
    return HttpResponse.json({ message: 'new' }, { status: 400, headers: { 'x-amzn-errortype': 'SomethingNewException', 'x-amzn-requestid': 'req-unknown' } });
  }),
  retryDataReplicationHandler(({ input }) =>
    input.sourceServerID === 's-00000000000000000'
      ? errors.ResourceNotFoundException({ message: 'gone', resourceId: input.sourceServerID, resourceType: 'SOURCE_SERVER' })
      : { sourceServerID: input.sourceServerID, arn: ARN },
  ),
  listTagsForResourceHandler(({ input }) => ({ tags: { arn: input.resourceArn, team: 'dr' } })),
  describeSourceServersHandler(({ input }) =>
    input.nextToken === 'page-2'
      ? { items: [{ sourceServerID: ID(3) }] }
      : { items: [{ sourceServerID: ID(1) }, { sourceServerID: ID(2) }], nextToken: 'page-2' },
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('drop-in for @aws-sdk/client-drs', () => {
  it('the two programs differ only in the import', () => {
    const sdk = readFileSync(join(HERE, 'sdk-program', 'program.sdk.ts'), 'utf8');
    const anvil = readFileSync(join(HERE, 'sdk-program', 'program.anvil.ts'), 'utf8');
    expect(anvil).not.toBe(sdk);
    expect(anvil.replace("from '@anvil-gen/drs-client/sdk';", "from '@aws-sdk/client-drs';")).toBe(sdk);
  });

  it('runs unchanged through the generated mocks and returns what the SDK program returns', async () => {
    const expected = {
      serverId: 's-1234567890abcdef0',
      status: 200,
      tags: { arn: ARN, team: 'dr' },
      missing: 'ResourceNotFoundException client 404 s-00000000000000000',
      unknownIsBase: true,
      firstPageCount: 2,
      pagedIds: [ID(1), ID(2), ID(3)],
    };
    const theirs = await sdkProgram(REGION);
    const ours = await anvilProgram(REGION);
    const { requestId: theirRequestId, ...theirRest } = theirs;
    const { requestId: ourRequestId, ...ourRest } = ours;
    expect(theirRest).toEqual(expected);
    expect(ourRest).toEqual(expected);
    expect(ourRequestId).toMatch(/\S+/);
    expect(theirRequestId).toMatch(/\S+/);
  });
});
