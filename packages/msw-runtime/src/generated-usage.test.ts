/**
 * The handler module exactly as the generator emits it (see docs/architecture.md, "msw"),
 * with interface types like the generated types package: checks that it type-checks
 * (`tsc -p tsconfig.json`, including the `@ts-expect-error` lines) and runs.
 */
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { unhandledRequests } from './unhandled-requests.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DrsMockService$ as ElasticDisasterRecoveryService$,
  ResourceNotFoundException$,
  RetryDataReplication$,
} from './__fixtures__/generated/drs-mock/schemas.js';
import { createHandler, modeledError, type HandlerOptions, type HandlerOverride } from './index.js';

import type { ResourceNotFoundException, RetryDataReplicationRequest, SourceServer } from './__fixtures__/generated/drs-mock/types.js';

/** @deprecated WARNING: RetryDataReplication is deprecated */
function retryDataReplicationHandler(
  override?: HandlerOverride<RetryDataReplicationRequest, SourceServer>,
  options?: HandlerOptions,
): HttpHandler {
  return createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, override, options);
}
const errors = {
  ResourceNotFoundException: (members?: Partial<ResourceNotFoundException>) => modeledError(ResourceNotFoundException$, members),
};
const handlers: HttpHandler[] = [retryDataReplicationHandler()];

const server = setupServer(...handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterAll(() => server.close());

function call(): Promise<Response> {
  return fetch('https://drs.us-east-1.amazonaws.com/RetryDataReplication', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sourceServerID: 's-1234567890abcdefA' }),
  });
}

describe('generated handler module', () => {
  it('serves the default handlers', async () => {
    expect((await call()).status).toBe(200);
  });

  it('accepts typed overrides, errors and resolvers', async () => {
    server.use(retryDataReplicationHandler({ dataReplicationInfo: { lagDuration: 'PT1M' } }));
    expect(((await (await call()).json()) as SourceServer).dataReplicationInfo?.lagDuration).toBe('PT1M');

    server.use(retryDataReplicationHandler(errors.ResourceNotFoundException({ resourceType: 'SOURCE_SERVER' })));
    expect((await call()).status).toBe(404);

    server.use(
      retryDataReplicationHandler(({ input }) =>
        input.sourceServerID ? errors.ResourceNotFoundException({ resourceId: input.sourceServerID }) : { arn: 'arn' },
      ),
    );
    expect(await (await call()).json()).toStrictEqual({
      message: 'ResourceNotFoundException (mocked)',
      resourceId: 's-1234567890abcdefA',
    });
  });

  it('rejects mistyped overrides at compile time', () => {
    // @ts-expect-error lastLaunchResult is an enum
    retryDataReplicationHandler({ lastLaunchResult: 'BROKEN' });
    // @ts-expect-error lagDuration is a string
    retryDataReplicationHandler({ dataReplicationInfo: { lagDuration: 5 } });
    // @ts-expect-error resourceId is a string
    errors.ResourceNotFoundException({ resourceId: 1 });
    // @ts-expect-error the resolver must return an output or an error answer
    retryDataReplicationHandler(() => 'nope');
    expect(handlers).toHaveLength(1);
  });
});
