/**
 * Absolute ids of every trait the generator reads. Only the resolve stage
 * reads traits; emitters see resolved nodes.
 * @packageDocumentation
 */
import type { ProtocolName } from '@anvil/runtime';

/** Trait shape ids by short name (`TRAIT_IDS.http` is `smithy.api#http`). */
export const TRAIT_IDS = {
  documentation: 'smithy.api#documentation',
  deprecated: 'smithy.api#deprecated',
  required: 'smithy.api#required',
  clientOptional: 'smithy.api#clientOptional',
  default: 'smithy.api#default',
  error: 'smithy.api#error',
  httpError: 'smithy.api#httpError',
  retryable: 'smithy.api#retryable',
  http: 'smithy.api#http',
  enum: 'smithy.api#enum',
  enumValue: 'smithy.api#enumValue',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  sensitive: 'smithy.api#sensitive',
  sparse: 'smithy.api#sparse',
  uniqueItems: 'smithy.api#uniqueItems',
  mediaType: 'smithy.api#mediaType',
  streaming: 'smithy.api#streaming',
  eventHeader: 'smithy.api#eventHeader',
  eventPayload: 'smithy.api#eventPayload',
  timestampFormat: 'smithy.api#timestampFormat',
  jsonName: 'smithy.api#jsonName',
  idempotencyToken: 'smithy.api#idempotencyToken',
  idempotent: 'smithy.api#idempotent',
  readonly: 'smithy.api#readonly',
  httpLabel: 'smithy.api#httpLabel',
  httpQuery: 'smithy.api#httpQuery',
  httpQueryParams: 'smithy.api#httpQueryParams',
  httpHeader: 'smithy.api#httpHeader',
  httpPrefixHeaders: 'smithy.api#httpPrefixHeaders',
  httpPayload: 'smithy.api#httpPayload',
  httpResponseCode: 'smithy.api#httpResponseCode',
  hostLabel: 'smithy.api#hostLabel',
  endpoint: 'smithy.api#endpoint',
  paginated: 'smithy.api#paginated',
  internal: 'smithy.api#internal',
  requestCompression: 'smithy.api#requestCompression',
  httpChecksumRequired: 'smithy.api#httpChecksumRequired',
  httpChecksum: 'aws.protocols#httpChecksum',
  auth: 'smithy.api#auth',
  optionalAuth: 'smithy.api#optionalAuth',
  httpBearerAuth: 'smithy.api#httpBearerAuth',
  httpApiKeyAuth: 'smithy.api#httpApiKeyAuth',
  sigv4: 'aws.auth#sigv4',
  awsQueryCompatible: 'aws.protocols#awsQueryCompatible',
  awsQueryError: 'aws.protocols#awsQueryError',
  awsService: 'aws.api#service',
  waitable: 'smithy.waiters#waitable',
  endpointRuleSet: 'smithy.rules#endpointRuleSet',
  staticContextParams: 'smithy.rules#staticContextParams',
  contextParam: 'smithy.rules#contextParam',
  operationContextParams: 'smithy.rules#operationContextParams',
  clientContextParams: 'smithy.rules#clientContextParams',
  xmlName: 'smithy.api#xmlName',
  xmlAttribute: 'smithy.api#xmlAttribute',
  xmlFlattened: 'smithy.api#xmlFlattened',
  xmlNamespace: 'smithy.api#xmlNamespace',
  ec2QueryName: 'aws.protocols#ec2QueryName',
  restXml: 'aws.protocols#restXml',
  s3UnwrappedXmlOutput: 'aws.customizations#s3UnwrappedXmlOutput',
  examples: 'smithy.api#examples',
  nestedProperties: 'smithy.api#nestedProperties',
  resourceIdentifier: 'smithy.api#resourceIdentifier',
} as const;

/** A trait id the generator reads. */
export type TraitId = (typeof TRAIT_IDS)[keyof typeof TRAIT_IDS];

/**
 * Protocol traits in order of preference when a service declares several, with the runtime's protocol name.
 * rpcv2Cbor comes first: every service of the AWS corpus that lists it also lists an awsJson protocol, and AWS
 * asks SDKs to prefer the more compact and faster CBOR protocol; generated mocks still answer every listed
 * protocol that has a codec (`ServiceSchema.protocols`). rpcv2Json comes after the AWS JSON protocols: a service that adds it next to one of them keeps its
 * generated clients on the protocol they already speak.
 */
export const PROTOCOL_TRAITS: ReadonlyArray<readonly [string, ProtocolName]> = [
  ['smithy.protocols#rpcv2Cbor', 'rpcv2Cbor'],
  ['aws.protocols#restJson1', 'restJson1'],
  ['aws.protocols#awsJson1_1', 'awsJson1_1'],
  ['aws.protocols#awsJson1_0', 'awsJson1_0'],
  ['smithy.protocols#rpcv2Json', 'rpcv2Json'],
  ['aws.protocols#restXml', 'restXml'],
  ['aws.protocols#awsQuery', 'awsQuery'],
  ['aws.protocols#ec2Query', 'ec2Query'],
];

/** The `smithy.api#Unit` shape id (operation input/output and union members without data). */
export const UNIT_ID = 'smithy.api#Unit';
