/**
 * Type tests of the generated DRS handlers (`@anvil-gen/drs-msw`), run by `vitest --typecheck`:
 * handler overrides (partial output, resolver with the typed input, error answers, sequences),
 * the recorded calls, and the schema-typed `createHandler` / `modeledError`. Each
 * `@ts-expect-error` line is an override that must not compile.
 */
import { createHandler, modeledError, type ErrorAnswer } from '@anvil/msw-runtime';
import { describe, expectTypeOf, it } from 'vitest';
import type { HttpHandler } from 'msw';
import {
  createHandlers,
  describeSourceServersHandler,
  errors,
  handlers,
  retryDataReplicationErrors,
  retryDataReplicationHandler,
  scenarios,
  type MockHandler,
} from '@anvil-gen/drs-msw';
import {
  DrsService$,
  RetryDataReplication$,
  ValidationException$,
  type DescribeSourceServersRequest,
  type RetryDataReplicationRequest,
  type ValidationException,
} from '@anvil-gen/drs-types';

describe('handler overrides', () => {
  it('accept a partial output, deep', () => {
    expectTypeOf(retryDataReplicationHandler({ sourceServerID: 's-1' })).toEqualTypeOf<MockHandler<RetryDataReplicationRequest>>();
    expectTypeOf(describeSourceServersHandler).toBeCallableWith({ items: [{ arn: 'arn', dataReplicationInfo: { lagDuration: 'PT1S' } }] });
    // @ts-expect-error `sourceServerID` is a string
    void retryDataReplicationHandler({ sourceServerID: 42 });
    // @ts-expect-error `items` is not a member of RetryDataReplication's output (SourceServer)
    void retryDataReplicationHandler({ items: [] });
  });

  it('give a resolver the typed, parsed input', () => {
    void retryDataReplicationHandler(({ input }) => {
      expectTypeOf(input).toEqualTypeOf<RetryDataReplicationRequest>();
      return { sourceServerID: input.sourceServerID };
    });
    // @ts-expect-error `filters` is DescribeSourceServers' input, not RetryDataReplication's
    void retryDataReplicationHandler(({ input }) => ({ sourceServerID: String(input.filters) }));
  });

  it('accept a resolver that returns nothing (the handler then answers with the default output)', () => {
    const seen: string[] = [];
    expectTypeOf(retryDataReplicationHandler(({ input }) => {
      seen.push(input.sourceServerID);
    })).toEqualTypeOf<MockHandler<RetryDataReplicationRequest>>();
    void retryDataReplicationHandler(async () => {});
    void retryDataReplicationHandler(async ({ input }) => {
      if (input.sourceServerID === 's-1') return errors.ThrottlingException();
    });
    void retryDataReplicationHandler(({ input }) => (input.sourceServerID === 's-1' ? { sourceServerID: 's-2' } : undefined));
    void retryDataReplicationHandler([() => {}, async () => {}, { sourceServerID: 'a' }]);
    // @ts-expect-error a resolver that returns something must return a partial output, an error answer or nothing
    void retryDataReplicationHandler(() => 42);
    // @ts-expect-error a partial output returned beside nothing is still checked: `sourceServerID` is a string
    void retryDataReplicationHandler(async ({ input }) => (input.sourceServerID === 's-1' ? { sourceServerID: 1 } : undefined));
  });

  it('answer with modeled errors: errors.X(...) and <op>Errors.X(...), members typed', () => {
    expectTypeOf(errors.ValidationException({ reason: 'other' })).toEqualTypeOf<ErrorAnswer<ValidationException>>();
    void retryDataReplicationHandler(retryDataReplicationErrors.ResourceNotFoundException({ resourceId: 's-1', resourceType: 'SOURCE_SERVER' }));
    void retryDataReplicationHandler(errors.ThrottlingException());
    // @ts-expect-error `nope` is not a member of ValidationException
    void errors.ValidationException({ nope: 1 });
    // @ts-expect-error `reason` is an enum
    void errors.ValidationException({ reason: 'because' });
    // @ts-expect-error RetryDataReplication does not declare AccessDeniedException
    void retryDataReplicationErrors.AccessDeniedException;
  });

  it('take sequences of answers and resolvers', () => {
    void retryDataReplicationHandler([{ sourceServerID: 'a' }, errors.ThrottlingException(), ({ input }) => ({ sourceServerID: input.sourceServerID })]);
    // @ts-expect-error the second answer has a wrong member type
    void retryDataReplicationHandler([{ sourceServerID: 'a' }, { sourceServerID: false }]);
  });

  it('record the typed input of each call', () => {
    const handler = retryDataReplicationHandler();
    expectTypeOf(handler.calls[0]!.input).toEqualTypeOf<RetryDataReplicationRequest>();
    expectTypeOf(handler).toExtend<HttpHandler>();
  });
});

describe('schema-typed runtime calls', () => {
  it('infer the handler types from the OperationSchema, and reject a wrong pairing', () => {
    expectTypeOf(createHandler(DrsService$, RetryDataReplication$)).toEqualTypeOf<MockHandler<RetryDataReplicationRequest>>();
    // @ts-expect-error RetryDataReplication$ paired with an override of DescribeSourceServers' output
    void createHandler(DrsService$, RetryDataReplication$, { items: [], nextToken: 'n' });
    // @ts-expect-error a handler for RetryDataReplication$ is not a handler of DescribeSourceServers' input
    const wrong: MockHandler<DescribeSourceServersRequest> = createHandler(DrsService$, RetryDataReplication$);
    void wrong;
    expectTypeOf(modeledError(ValidationException$, { reason: 'other' })).toEqualTypeOf<ErrorAnswer<ValidationException>>();
    // @ts-expect-error `resourceId` is not a member of ValidationException
    void modeledError(ValidationException$, { resourceId: 's-1' });
  });

  it('export every default handler, createHandlers and scenarios', () => {
    expectTypeOf(handlers).toEqualTypeOf<HttpHandler[]>();
    expectTypeOf(createHandlers).toBeCallableWith({ includeDeprecated: false, delay: 10 });
    expectTypeOf(scenarios.throttling).toBeCallableWith('RetryDataReplication');
    // @ts-expect-error not an operation of the service
    void scenarios.throttling('DeleteEverything');
  });
});
