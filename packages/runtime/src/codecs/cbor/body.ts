/**
 * CBOR documents as message bodies (Smithy "RPC v2 CBOR protocol": the whole input or output is one
 * CBOR map): the CBOR {@link BodyCodec} one side of an exchange uses to write and read members of a
 * structure (rpcv2Cbor uses it alone, as awsJson uses the JSON one).
 * @packageDocumentation
 */
import type { BodyCodec } from '../body-codec.js';
import { APPLICATION_CBOR, decodeCbor, encodeCbor } from './wire.js';
import { structureToCbor, valueToCbor } from './serialize.js';
import type { CborWriteOptions } from './serialize.js';
import { structureFromCbor, valueFromCbor } from './deserialize.js';
import type { CborReadOptions } from './deserialize.js';

/** Is the body empty (absent or zero bytes)? CBOR has no insignificant whitespace. */
export function isEmptyCborBody(body: Uint8Array | undefined): boolean {
  return body === undefined || body.length === 0;
}

/** How one side of an exchange writes and reads CBOR bodies. */
export interface CborBodyOptions {
  /** Options for the bodies this side sends. */
  readonly write: CborWriteOptions;
  /** Options for the bodies this side receives (`strict` on the mock side). */
  readonly read: CborReadOptions;
}

/**
 * The CBOR body codec for one side of an exchange. `readValue` gives `undefined` for a CBOR `null`;
 * reading throws `SerializationError` on bytes that are not one well-formed CBOR data item.
 */
export function cborBodyCodec(options: CborBodyOptions): BodyCodec {
  const { write, read } = options;
  return {
    mediaType: APPLICATION_CBOR,
    isEmpty: isEmptyCborBody,
    writeMembers(schema, value, names) {
      return encodeCbor(structureToCbor(schema, value, write, '', names));
    },
    writeValue(member, value, path) {
      return encodeCbor(valueToCbor(member, value, write, path));
    },
    readMembers(schema, body, names) {
      if (isEmptyCborBody(body)) {
        // No body: members are missing, so defaults (and, on the client, error correction) still apply.
        return read.fillDefaults || read.errorCorrection ? structureFromCbor(schema, {}, read, '', names) : {};
      }
      return structureFromCbor(schema, decodeCbor(body!), read, '', names);
    },
    readValue(member, body, path) {
      const item = decodeCbor(body);
      if (item === null) return undefined;
      return valueFromCbor(member, item, read, path);
    },
  };
}
