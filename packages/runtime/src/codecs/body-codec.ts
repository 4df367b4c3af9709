/**
 * The contract between the HTTP binding layer and a payload format (JSON today; XML and CBOR next):
 * how the document body of a message is written and read. A protocol composes the format-neutral
 * HTTP bindings (`http/bindings/`) with one body codec — restJson1 is bindings + the JSON body codec,
 * restXml will be bindings + an XML body codec — and an RPC protocol (awsJson) uses the body codec
 * alone for its whole input and output.
 *
 * A body codec instance is configured for one side of the exchange (what it writes and how strictly
 * it reads), so the binding layer never sees format options such as `@jsonName`.
 * @packageDocumentation
 */
import type { CodecFeatures, MemberSchema, StructureSchema } from '../schema/index.js';

/** Writes and reads the document body of messages in one format. */
export interface BodyCodec {
  /** Media type of a document body, e.g. `application/json`. */
  readonly mediaType: string;
  /** Is the body empty for this format (absent, zero bytes, or only insignificant whitespace)? */
  isEmpty(body: Uint8Array | undefined): boolean;
  /**
   * Write the listed members of a structure as one document (unset members omitted, or written with
   * their `@default` as the codec's configuration says).
   * @throws SerializationError naming the member path on a wrongly typed value
   */
  writeMembers(schema: StructureSchema, value: Record<string, unknown>, names: readonly string[], features?: CodecFeatures): Uint8Array;
  /**
   * Write one value as a whole document: an `@httpPayload` member targeting a structure, union,
   * list, map or document.
   * @param path member path for errors (`/payloadMember`)
   * @throws SerializationError naming the member path on a wrongly typed value
   */
  writeValue(member: MemberSchema, value: unknown, path: string, features?: CodecFeatures): Uint8Array;
  /**
   * Read the listed members of a structure from a document. An empty body means every member is
   * missing (defaults and client error correction still apply, per the codec's configuration).
   * @throws SerializationError on an unreadable document or a wrongly typed value (naming the member path)
   */
  readMembers(schema: StructureSchema, body: Uint8Array | undefined, names: readonly string[], features?: CodecFeatures): Record<string, unknown>;
  /**
   * Read one `@httpPayload` value from a non-empty document.
   * @returns the value, or `undefined` when the document stands for an unset member
   * @throws SerializationError on an unreadable document or a wrongly typed value
   */
  readValue(member: MemberSchema, body: Uint8Array, path: string, features?: CodecFeatures): unknown;
}

/*
 * Every method takes the call's codec features last (`OperationSchema.features`: timestamps, base64, exact big
 * numbers), replacing the ones the codec was configured with; codecs that bundle their own (XML, CBOR) ignore them.
 */

/** A body codec whose calls carry `features` (event streams of an operation: its events are read and written with its features). */
export function withFeatures(codec: BodyCodec, features: CodecFeatures | undefined): BodyCodec {
  if (!features) return codec;
  return {
    mediaType: codec.mediaType,
    isEmpty: (body) => codec.isEmpty(body),
    writeMembers: (schema, value, names) => codec.writeMembers(schema, value, names, features),
    writeValue: (member, value, path) => codec.writeValue(member, value, path, features),
    readMembers: (schema, body, names) => codec.readMembers(schema, body, names, features),
    readValue: (member, body, path) => codec.readValue(member, body, path, features),
  };
}
