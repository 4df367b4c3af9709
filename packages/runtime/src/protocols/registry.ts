/**
 * The protocol registry: every codec `@anvil/runtime` implements, by Smithy protocol name. It is the
 * one list of protocols; the generator's runtime manifest is checked against it.
 * @packageDocumentation
 */
import type { ProtocolCodec } from './codec.js';
import type { ProtocolName } from '../schema/index.js';
import { awsJson1_0, awsJson1_1 } from './aws-json.js';
import { restJson1 } from './rest-json1.js';
import { awsQuery } from './aws-query.js';
import { ec2Query } from './ec2-query.js';
import { restXml } from './rest-xml.js';
import { rpcv2Cbor } from './rpcv2-cbor.js';
import { rpcv2Json } from './rpcv2-json.js';

/** Codecs by protocol name (both halves joined). */
export const PROTOCOL_CODECS: Readonly<Partial<Record<ProtocolName, ProtocolCodec>>> = { restJson1, awsJson1_0, awsJson1_1, rpcv2Cbor, rpcv2Json, restXml, awsQuery, ec2Query };

/**
 * The codec for a protocol.
 * @throws Error for a protocol name without a codec
 */
export function getProtocol(name: ProtocolName): ProtocolCodec {
  const codec = PROTOCOL_CODECS[name];
  if (!codec) {
    throw new Error(`protocol ${name} is not supported by @anvil/runtime (supported: ${Object.keys(PROTOCOL_CODECS).join(', ')})`);
  }
  return codec;
}
