/**
 * What the client benchmark compares: for each AWS service, the model our client is generated from, the
 * `@aws-sdk/client-*` package it is measured against (same operation, same input, same canned response),
 * and the entries of the one-operation browser bundles.
 */

/** One side-by-side comparison. */
export interface ClientTarget {
  /** Key in `bench/results.json`. */
  readonly key: string;
  /** What is measured, for the results. */
  readonly what: string;
  /** The model, relative to the shared directory (`$ANVIL_SHARED`). */
  readonly model: string;
  /** Our generated client's service slug (`--name`): packages `@anvil-gen/<slug>-*`. */
  readonly slug: string;
  /** The lite client class and the operation function. */
  readonly liteClient: string;
  readonly operationFn: string;
  /** The SDK package (resolved from `packages/bench`), its client class and command. */
  readonly sdkPackage: string;
  readonly sdkVersion: string;
  readonly sdkClient: string;
  readonly sdkCommand: string;
  /** The operation input both send. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The canned response both parse (status 200). */
  readonly response: { readonly headers: Readonly<Record<string, string>>; readonly body: string };
}

const GET_FUNCTION_BODY = JSON.stringify({
  Configuration: {
    FunctionName: 'bench', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bench', Runtime: 'nodejs20.x',
    Role: 'arn:aws:iam::123456789012:role/bench', Handler: 'index.handler', CodeSize: 1024, Description: '', Timeout: 3,
    MemorySize: 128, LastModified: '2024-01-01T00:00:00.000+0000', CodeSha256: 'abc=', Version: '$LATEST',
    TracingConfig: { Mode: 'PassThrough' }, RevisionId: 'r-1', State: 'Active', LastUpdateStatus: 'Successful', PackageType: 'Zip',
    Architectures: ['x86_64'], EphemeralStorage: { Size: 512 }, SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/bench' }, Environment: { Variables: { STAGE: 'prod' } },
  },
  Code: { RepositoryType: 'S3', Location: 'https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/bench' },
  Tags: { team: 'dr', env: 'prod' },
});

const GET_ITEM_BODY = JSON.stringify({
  Item: {
    pk: { S: 'user#1' }, sk: { S: 'profile' }, name: { S: 'Ada' }, age: { N: '36' }, active: { BOOL: true },
    tags: { SS: ['a', 'b'] }, address: { M: { city: { S: 'London' }, zip: { S: 'N1' } } }, scores: { L: [{ N: '1' }, { N: '2' }] },
  },
});

const SOURCE_SERVER_BODY = JSON.stringify({
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

/** The comparisons, in the order they are reported. */
export const CLIENT_TARGETS: readonly ClientTarget[] = [
  {
    key: 'lambda',
    what: 'Lambda GetFunction: our client generated from the 2026-04 corpus model vs @aws-sdk/client-lambda 3.1178.0',
    model: 'models/api-models-aws-2026-04/lambda/service/2015-03-31/lambda-2015-03-31.json',
    slug: 'lambda',
    liteClient: 'LambdaLiteClient',
    operationFn: 'getFunction',
    sdkPackage: '@aws-sdk/client-lambda',
    sdkVersion: '3.1178.0',
    sdkClient: 'LambdaClient',
    sdkCommand: 'GetFunctionCommand',
    input: { FunctionName: 'bench' },
    response: { headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'bench-req' }, body: GET_FUNCTION_BODY },
  },
  {
    key: 'dynamodb',
    what: 'DynamoDB GetItem: our client generated from the 2026-04 corpus model vs @aws-sdk/client-dynamodb 3.1178.0',
    model: 'models/api-models-aws-2026-04/dynamodb/service/2012-08-10/dynamodb-2012-08-10.json',
    slug: 'dynamodb',
    liteClient: 'DynamodbLiteClient',
    operationFn: 'getItem',
    sdkPackage: '@aws-sdk/client-dynamodb',
    sdkVersion: '3.1178.0',
    sdkClient: 'DynamoDBClient',
    sdkCommand: 'GetItemCommand',
    input: { TableName: 'bench', Key: { pk: { S: 'user#1' }, sk: { S: 'profile' } } },
    response: { headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'bench-req' }, body: GET_ITEM_BODY },
  },
  {
    key: 'drs',
    what: 'DRS RetryDataReplication: our client generated from the full DRS model (70 operations) vs @aws-sdk/client-drs 3.523.0',
    model: 'models/aws/drs.json',
    slug: 'drs-full',
    liteClient: 'DrsFullLiteClient',
    operationFn: 'retryDataReplication',
    sdkPackage: '@aws-sdk/client-drs',
    sdkVersion: '3.523.0',
    sdkClient: 'DrsClient',
    sdkCommand: 'RetryDataReplicationCommand',
    input: { sourceServerID: 's-1234567890abcdef0' },
    response: { headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'bench-req' }, body: SOURCE_SERVER_BODY },
  },
];

/** Entry of our one-operation browser bundle. */
export function anvilEntry(t: ClientTarget): string {
  return `import { ${t.liteClient}, ${t.operationFn} } from '@anvil-gen/${t.slug}-client';
const client = new ${t.liteClient}({ region: 'us-east-1' });
export const run = (input) => ${t.operationFn}(client, input);`;
}

/** Entry of our SDK-shaped surface's one-operation browser bundle: the SDK entry with only the import changed. */
export function anvilSdkSurfaceEntry(t: ClientTarget): string {
  return sdkEntry(t).replace(`from '${t.sdkPackage}'`, `from '@anvil-gen/${t.slug}-client/sdk'`);
}

/** Entry of the SDK's one-operation browser bundle. */
export function sdkEntry(t: ClientTarget): string {
  return `import { ${t.sdkClient}, ${t.sdkCommand} } from '${t.sdkPackage}';
const client = new ${t.sdkClient}({ region: 'us-east-1' });
export const run = (input) => client.send(new ${t.sdkCommand}(input));`;
}
