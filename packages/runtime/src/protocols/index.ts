/**
 * Protocols: the codec contract (`./codec.ts`), one codec per Smithy protocol (`restJson1`,
 * `awsJson1_0`, `awsJson1_1`, `rpcv2Cbor`, `rpcv2Json`), each split into a client and a mock (server) half, the registry, and
 * the building blocks another codec may reuse.
 * @packageDocumentation
 */
export { eventSideFor, joinCodec, MalformedRequestError } from './codec.js';
export { ALL_CODEC_FEATURES } from './features.js';
export type { ClientCodec, ParsedError, ProtocolCodec, ResponseContext, SerializeRequestOptions, ServerCodec } from './codec.js';
export { createRestJson1Client, restJson1, restJson1Client, restJson1Server } from './rest-json1.js';
export { restXml, restXmlClient, restXmlServer } from './rest-xml.js';
export { awsJson1_0, awsJson1_0Client, awsJson1_0Server, awsJson1_1, awsJson1_1Client, awsJson1_1Server, amzTarget, QUERY_MODE_HEADER } from './aws-json.js';
export { awsQuery, awsQueryClient, awsQueryServer, createQueryClient, createQueryServer } from './aws-query.js';
export { ec2Query, ec2QueryClient, ec2QueryServer } from './ec2-query.js';
export { parseXmlError, serializeXmlError, findXmlErrorSchema } from './xml-errors.js';
export type { XmlErrorLayout, ErrorHeaderBinding } from './xml-errors.js';
export { QUERY_ERROR_HEADER, parseQueryErrorHeader } from './json-errors.js';
export { rpcv2Cbor, rpcv2CborClient, rpcv2CborServer } from './rpcv2-cbor.js';
export { parseCborError, serializeCborError, RPC_V2_CBOR } from './cbor-errors.js';
export { errorCodeOfType, errorSchemaOfType, rpcV2Path, SMITHY_PROTOCOL_HEADER } from './rpc-v2.js';
export { rpcv2Json, rpcv2JsonClient, rpcv2JsonServer } from './rpcv2-json.js';
export { RPC_V2_JSON } from './rpcv2-json-errors.js';
export { expandHostPrefix } from './host-prefix.js';
export { fillIdempotencyTokens } from './idempotency.js';
export { asMalformed } from './malformed.js';
export { sanitizeErrorCode, rawErrorCode, findErrorSchema, errorStatus } from './error-codes.js';
export { getProtocol, PROTOCOL_CODECS } from './registry.js';
export type { EventStreamSide } from './codec.js';
export { openIncoming, openOutgoing, type IncomingEventStream } from './event-stream.js';
