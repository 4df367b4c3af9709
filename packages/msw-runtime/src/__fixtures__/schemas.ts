/**
 * Hand-written schemas for the tests, modelled on DRS `RetryDataReplication`
 * (restJson1) and Secrets Manager `GetSecretValue` (awsJson1_1).
 */
import type { ErrorSchema, OperationSchema, ServiceSchema, StringSchema, StructureSchema } from '@anvil/runtime';

const STRING = { type: 'string' } as const;

export const SourceServerID$: StringSchema = {
  type: 'string',
  id: 'com.amazonaws.drs#SourceServerID',
  length: { min: 19, max: 19 },
  pattern: '^s-[0-9a-zA-Z]{17}$',
};

export const RetryDataReplicationRequest$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#RetryDataReplicationRequest',
  name: 'RetryDataReplicationRequest',
  members: { sourceServerID: { target: SourceServerID$, required: true } },
};

export const ReplicatedDisk$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#DataReplicationInfoReplicatedDisk',
  name: 'DataReplicationInfoReplicatedDisk',
  members: { deviceName: { target: STRING }, totalStorageBytes: { target: { type: 'long', range: { min: 0 } } } },
};

export const DataReplicationInfo$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#DataReplicationInfo',
  name: 'DataReplicationInfo',
  members: {
    lagDuration: { target: STRING },
    replicatedDisks: { target: { type: 'list', member: { target: () => ReplicatedDisk$ } } },
  },
};

export const SourceServer$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#SourceServer',
  name: 'SourceServer',
  members: {
    sourceServerID: { target: SourceServerID$ },
    arn: { target: { type: 'string', length: { min: 20, max: 2048 } } },
    lastLaunchResult: {
      target: { type: 'enum', id: 'com.amazonaws.drs#LastLaunchResult', values: ['NOT_STARTED', 'PENDING', 'SUCCEEDED', 'FAILED'] },
    },
    dataReplicationInfo: { target: () => DataReplicationInfo$ },
  },
};

export const ResourceNotFoundException$: ErrorSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#ResourceNotFoundException',
  name: 'ResourceNotFoundException',
  error: 'client',
  httpError: 404,
  members: { message: { target: STRING }, code: { target: STRING }, resourceId: { target: STRING }, resourceType: { target: STRING } },
};

export const InternalServerException$: ErrorSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#InternalServerException',
  name: 'InternalServerException',
  error: 'server',
  httpError: 500,
  members: {
    message: { target: STRING, required: true },
    retryAfterSeconds: { target: { type: 'integer' }, httpHeader: 'Retry-After' },
  },
};

export const ValidationExceptionField$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#ValidationExceptionField',
  name: 'ValidationExceptionField',
  members: { name: { target: STRING }, message: { target: STRING } },
};

export const ValidationException$: ErrorSchema = {
  type: 'structure',
  id: 'com.amazonaws.drs#ValidationException',
  name: 'ValidationException',
  error: 'client',
  httpError: 400,
  members: {
    message: { target: STRING },
    code: { target: STRING },
    reason: {
      target: {
        type: 'enum',
        id: 'com.amazonaws.drs#ValidationExceptionReason',
        values: ['unknownOperation', 'cannotParse', 'fieldValidationFailed', 'other'],
      },
    },
    fieldList: { target: { type: 'list', member: { target: () => ValidationExceptionField$ } } },
  },
};

export const RetryDataReplication$: OperationSchema = {
  id: 'com.amazonaws.drs#RetryDataReplication',
  name: 'RetryDataReplication',
  input: () => RetryDataReplicationRequest$,
  output: () => SourceServer$,
  errors: [() => InternalServerException$, () => ResourceNotFoundException$, () => ValidationException$],
  http: { method: 'POST', uri: '/RetryDataReplication', code: 200 },
  deprecated: { message: 'WARNING: RetryDataReplication is deprecated' },
};

/** Same request shape, but no modeled ValidationException: validation falls back to smithy.framework's. */
export const DescribeSourceServer$: OperationSchema = {
  id: 'com.amazonaws.drs#DescribeSourceServer',
  name: 'DescribeSourceServer',
  input: () => RetryDataReplicationRequest$,
  output: () => SourceServer$,
  errors: [() => ResourceNotFoundException$],
  http: { method: 'POST', uri: '/DescribeSourceServer', code: 200 },
};

export const ElasticDisasterRecoveryService$: ServiceSchema = {
  id: 'com.amazonaws.drs#ElasticDisasterRecoveryService',
  name: 'ElasticDisasterRecoveryService',
  sdkId: 'drs',
  version: '2020-02-26',
  protocol: 'restJson1',
  sigv4: { name: 'drs' },
  endpointPrefix: 'drs',
  errors: [],
};

export const GetSecretValueRequest$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.secretsmanager#GetSecretValueRequest',
  name: 'GetSecretValueRequest',
  members: { SecretId: { target: { type: 'string', length: { min: 1, max: 2048 } }, required: true } },
};

export const GetSecretValueResponse$: StructureSchema = {
  type: 'structure',
  id: 'com.amazonaws.secretsmanager#GetSecretValueResponse',
  name: 'GetSecretValueResponse',
  members: { ARN: { target: STRING }, Name: { target: STRING }, SecretString: { target: STRING, sensitive: true } },
};

export const SecretsResourceNotFoundException$: ErrorSchema = {
  type: 'structure',
  id: 'com.amazonaws.secretsmanager#ResourceNotFoundException',
  name: 'ResourceNotFoundException',
  error: 'client',
  members: { Message: { target: STRING } },
};

export const GetSecretValue$: OperationSchema = {
  id: 'com.amazonaws.secretsmanager#GetSecretValue',
  name: 'GetSecretValue',
  input: () => GetSecretValueRequest$,
  output: () => GetSecretValueResponse$,
  errors: [() => SecretsResourceNotFoundException$],
};

export const SecretsManagerService$: ServiceSchema = {
  id: 'com.amazonaws.secretsmanager#secretsmanager',
  name: 'secretsmanager',
  sdkId: 'Secrets Manager',
  version: '2017-10-17',
  protocol: 'awsJson1_1',
  sigv4: { name: 'secretsmanager' },
  endpointPrefix: 'secretsmanager',
  errors: [],
};
