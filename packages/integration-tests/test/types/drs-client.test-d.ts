/**
 * Type tests of the generated DRS client's public API (`@anvil-gen/drs-client`), run by
 * `vitest --typecheck`: client methods and operation functions (input, output, `$metadata`),
 * the schema-typed `send`, paginators, waiter types, and error classes. Each `@ts-expect-error`
 * line is a call that must not compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  DrsClient,
  DrsLiteClient,
  DrsServiceException,
  InternalServerException,
  ResourceNotFoundException,
  ValidationException,
  WaiterError,
  describeSourceServers,
  listTagsForResource,
  paginateDescribeSourceServers,
  retryDataReplication,
  type DescribeSourceServersRequest,
  type DescribeSourceServersResponse,
  type DrsClientConfig,
  type ListTagsForResourceResponse,
  type MetadataBearer,
  type Paginator,
  type RequestOptions,
  type ResponseMetadata,
  type RetryDataReplicationRequest,
  type SourceServer,
  type ValidationExceptionReason,
  type WaiterOptions,
  type WaiterResult,
} from '@anvil-gen/drs-client';
import { DescribeSourceServers$, RetryDataReplication$ } from '@anvil-gen/drs-types';

const config: DrsClientConfig = { region: 'us-east-1' };
const client = new DrsClient(config);
const lite = new DrsLiteClient(config);

describe('client methods', () => {
  it('take the operation input and resolve to its output with $metadata', () => {
    expectTypeOf(client.retryDataReplication).parameter(0).toEqualTypeOf<RetryDataReplicationRequest>();
    expectTypeOf(client.retryDataReplication).returns.resolves.toEqualTypeOf<SourceServer & MetadataBearer>();
    expectTypeOf(client.listTagsForResource({ resourceArn: 'arn' })).resolves.toEqualTypeOf<ListTagsForResourceResponse & MetadataBearer>();
    expectTypeOf<Awaited<ReturnType<DrsClient['describeSourceServers']>>['$metadata']>().toEqualTypeOf<ResponseMetadata>();
  });

  it('make the input optional exactly when no member is required', () => {
    expectTypeOf(client.describeSourceServers).toBeCallableWith();
    // @ts-expect-error listTagsForResource requires `resourceArn`
    void client.listTagsForResource();
    // @ts-expect-error a required member is missing
    void client.retryDataReplication({});
  });

  it('reject a member the input does not have, or a wrong member type', () => {
    // @ts-expect-error `sourceServerId` is not a member (the member is `sourceServerID`)
    void client.retryDataReplication({ sourceServerId: 's-1' });
    // @ts-expect-error `maxResults` is a number
    void client.describeSourceServers({ maxResults: '10' });
  });
});

describe('operation functions', () => {
  it('take the lite client, the input and request options', () => {
    expectTypeOf(retryDataReplication).parameters.toEqualTypeOf<[DrsLiteClient, RetryDataReplicationRequest, (RequestOptions | undefined)?]>();
    expectTypeOf(retryDataReplication).returns.resolves.toEqualTypeOf<SourceServer & MetadataBearer>();
    expectTypeOf(describeSourceServers).parameter(1).toEqualTypeOf<DescribeSourceServersRequest | undefined>();
    expectTypeOf(listTagsForResource).toBeCallableWith(client, { resourceArn: 'arn' }, { requestTimeout: 1000 });
    // @ts-expect-error `filters.sourceServerIDs` is a list of strings
    void describeSourceServers(lite, { filters: { sourceServerIDs: 's-1' } });
  });

  it('send a schema with the input its OperationSchema names, and infer the output', () => {
    expectTypeOf(lite.send(RetryDataReplication$, { sourceServerID: 's-1' })).resolves.toEqualTypeOf<SourceServer & MetadataBearer>();
    expectTypeOf(lite.send(DescribeSourceServers$, {})).resolves.toEqualTypeOf<DescribeSourceServersResponse & MetadataBearer>();
    // @ts-expect-error RetryDataReplication$ paired with DescribeSourceServers' input
    void lite.send(RetryDataReplication$, { filters: {} });
  });
});

describe('paginators', () => {
  it('iterate pages with $metadata, and items typed by the `items` path', () => {
    const pages = paginateDescribeSourceServers(lite, { maxResults: 10 }, { pageSize: 5 });
    expectTypeOf(pages).toEqualTypeOf<Paginator<DescribeSourceServersResponse & MetadataBearer, SourceServer>>();
    expectTypeOf(pages.items()).toEqualTypeOf<AsyncIterable<SourceServer>>();
    // @ts-expect-error pageSize is a number
    void paginateDescribeSourceServers(lite, {}, { pageSize: 'all' });
  });
});

describe('waiter types (DRS declares no waiters; the re-exported runtime types)', () => {
  it('require maxWaitTime and resolve to a SUCCESS result', () => {
    expectTypeOf<WaiterResult<SourceServer>['state']>().toEqualTypeOf<'SUCCESS'>();
    expectTypeOf<WaiterOptions['maxWaitTime']>().toEqualTypeOf<number>();
    // @ts-expect-error maxWaitTime is required
    const options: WaiterOptions = {};
    void options;
    expectTypeOf<WaiterError>().toExtend<Error>();
  });
});

describe('error classes', () => {
  it('narrow with instanceof to typed members, $fault and $metadata', () => {
    const error: unknown = new Error('x');
    if (error instanceof ValidationException) {
      expectTypeOf(error.reason).toEqualTypeOf<ValidationExceptionReason | undefined>();
      expectTypeOf<typeof error.$fault>().toEqualTypeOf<'client'>();
      expectTypeOf(error.$metadata).toEqualTypeOf<ResponseMetadata>();
      expectTypeOf<typeof error.name>().toEqualTypeOf<'ValidationException'>();
      // @ts-expect-error `resourceId` is a member of ResourceNotFoundException, not ValidationException
      void error.resourceId;
    }
    if (error instanceof ResourceNotFoundException) expectTypeOf(error.resourceId).toEqualTypeOf<string | undefined>();
    if (error instanceof InternalServerException) {
      expectTypeOf<typeof error.$fault>().toEqualTypeOf<'server'>();
      expectTypeOf(error.retryAfterSeconds).toEqualTypeOf<number | undefined>();
    }
    expectTypeOf<ValidationException>().toExtend<DrsServiceException>();
  });
});
