/**
 * Protocol codecs: `restJson1`, `awsJson1_0`, `awsJson1_1` (see `../protocol.ts` for the contract),
 * and the building blocks a conformance harness or another codec may reuse.
 * @packageDocumentation
 */
import type { ProtocolCodec } from '../protocol.js';
import type { ProtocolName } from '../schema.js';
import { awsJson1_0, awsJson1_1 } from './awsJson.js';
import { restJson1 } from './restJson1.js';

export { restJson1, restJson1Client, restJson1Server } from './restJson1.js';
export { awsJson1_0, awsJson1_0Client, awsJson1_0Server, awsJson1_1, awsJson1_1Client, awsJson1_1Server, amzTarget, QUERY_MODE_HEADER } from './awsJson.js';
export { QUERY_ERROR_HEADER, parseQueryErrorHeader } from './error-response.js';
export { expandHostPrefix, fillIdempotencyTokens, findHeader } from './common.js';
export { sanitizeErrorCode, rawErrorCode, findErrorSchema, errorStatus } from './errors.js';
export { formatTimestamp, parseTimestamp, toDateTime, toHttpDate, toEpochSeconds } from './timestamps.js';
export { percentEncode, percentEncodeGreedy, percentDecode, encodeQueryString, parseQueryString } from './uri.js';
export { JsonNumber, JsonSyntaxError, parseJsonText, writeJsonText } from './json/index.js';
export type { JsonValue } from './json/index.js';
export { defaultValue, zeroValue } from './json/defaults.js';

const codecs: Partial<Record<ProtocolName, ProtocolCodec>> = { restJson1, awsJson1_0, awsJson1_1 };

/**
 * The codec for a protocol.
 * @throws Error for protocols without a codec yet (`restXml`, `awsQuery`, `ec2Query`, `rpcv2Cbor`)
 */
export function getProtocol(name: ProtocolName): ProtocolCodec {
  const codec = codecs[name];
  if (!codec) {
    throw new Error(`protocol ${name} is not supported by @anvil/runtime (supported: ${Object.keys(codecs).join(', ')})`);
  }
  return codec;
}
