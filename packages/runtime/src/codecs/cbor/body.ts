/**
 * CBOR documents as message bodies (Smithy "RPC v2 CBOR protocol": the whole input or output is one
 * CBOR map): the body codec one side of an exchange uses to write and read members of a structure.
 * @packageDocumentation
 */
import type { MemberSchema, StructureSchema } from '../../schema/index.js';
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

/** Writes and reads CBOR message bodies for one side of an exchange. */
export interface CborBodyCodec {
  /** `application/cbor`. */
  readonly mediaType: string;
  /** Is the body empty (absent or zero bytes)? */
  isEmpty(body: Uint8Array | undefined): boolean;
  /**
   * Write the listed members of a structure as one CBOR map.
   * @throws SerializationError naming the member path on a wrongly typed value
   */
  writeMembers(schema: StructureSchema, value: Record<string, unknown>, names: readonly string[]): Uint8Array;
  /**
   * Write one value as a whole document.
   * @throws SerializationError naming the member path on a wrongly typed value
   */
  writeValue(member: MemberSchema, value: unknown, path: string): Uint8Array;
  /**
   * Read the listed members of a structure from a CBOR map; an empty body means every member is missing.
   * @throws SerializationError on bytes that are not one well-formed CBOR data item, or a wrongly typed value
   */
  readMembers(schema: StructureSchema, body: Uint8Array | undefined, names: readonly string[]): Record<string, unknown>;
  /**
   * Read one value from a non-empty document.
   * @returns the value, or `undefined` for a CBOR `null`
   * @throws SerializationError on malformed CBOR or a wrongly typed value
   */
  readValue(member: MemberSchema, body: Uint8Array, path: string): unknown;
}

/** The CBOR body codec for one side of an exchange. */
export function cborBodyCodec(options: CborBodyOptions): CborBodyCodec {
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
