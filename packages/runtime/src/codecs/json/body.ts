/**
 * JSON documents as message bodies: reading body bytes (exact numbers only where a shape needs them)
 * and the JSON {@link BodyCodec} that restJson1 composes with the HTTP bindings and awsJson uses for
 * its whole input and output (Smithy "restJson1 protocol", "AWS JSON 1.0 protocol").
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import type { BodyCodec } from '../body-codec.js';
import { deref } from '../../schema/index.js';
import type { CodecFeatures, Schema } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { JsonSyntaxError, writeJsonText } from './text.js';
import type { JsonValue } from './text.js';
import { structureToJson, valueToJson } from './serialize.js';
import type { JsonCodecOptions } from './serialize.js';
import { structureFromJson, valueFromJson } from './deserialize.js';
import type { JsonReadOptions } from './deserialize.js';

/** JSON media type. */
export const APPLICATION_JSON = 'application/json';

/**
 * Parse JSON body bytes (UTF-8).
 * @param exactReader the reader keeping number literals as {@link JsonNumber} text (`parseJsonText`, the
 *   `bigNumbers` codec feature), when the caller has it
 * @param exactNumbers use it (needed for `bigInteger` / `bigDecimal` and for the mock's strict integer range
 *   checks); otherwise the `JSON.parse` fast path, whose doubles equal what `JsonNumber.toNumber()` gives
 * @throws SerializationError (path `/`) when the text is not JSON: with the character offset of the first error
 *   from the exact reader, else with `JSON.parse`'s message (which names the position too)
 */
export function parseJsonBody(body: Uint8Array, exactReader?: (text: string) => unknown, exactNumbers = exactReader !== undefined): JsonValue {
  const text = utf8Decode(body);
  if (!exactNumbers || exactReader === undefined) {
    try {
      return JSON.parse(text) as JsonValue;
    } catch (e) {
      // without the exact reader, JSON.parse's own message; with it, fall through: it reports where the text goes wrong
      if (exactReader === undefined) throw new SerializationError(`invalid JSON body: ${(e as Error).message}`, '/');
    }
  }
  try {
    return exactReader(text) as JsonValue;
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new SerializationError(`invalid JSON body: ${e.message}`, '/');
    throw e;
  }
}

/** Is the body empty (absent, zero bytes or only JSON whitespace)? Stops at the first other byte. */
export function isEmptyJsonBody(body: Uint8Array | undefined): boolean {
  if (body === undefined) return true;
  for (const byte of body) {
    // JSON whitespace (RFC 8259): space, tab, LF, CR
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

/** How one side of an exchange writes and reads JSON bodies. */
export interface JsonBodyOptions {
  /** Media type of the bodies (default `application/json`; awsJson: `application/x-amz-json-1.0` / `1.1`). */
  readonly mediaType?: string;
  /** Options for the bodies this side sends. */
  readonly write: JsonCodecOptions;
  /** Options for the bodies this side receives (`strict` on the mock side). */
  readonly read: JsonReadOptions;
}

/**
 * The JSON body codec for one side of an exchange.
 *
 * Reading: exact numbers ({@link JsonNumber}) when reading strictly or when the shape can hold a
 * `bigInteger`/`bigDecimal`, else `JSON.parse`. A strict reader treats `{}` for a structure payload
 * as an unset member (clients send `{}` for an unset structure payload).
 */
export function jsonBodyCodec(options: JsonBodyOptions): BodyCodec {
  const { write: writeOptions, read: readOptions } = options;
  // a call's features (the operation's) replace the configured ones
  const writing = (features: CodecFeatures | undefined): JsonCodecOptions => (features ? { ...writeOptions, features } : writeOptions);
  const reading = (features: CodecFeatures | undefined): JsonReadOptions => (features ? { ...readOptions, features } : readOptions);
  return {
    mediaType: options.mediaType ?? APPLICATION_JSON,
    isEmpty: isEmptyJsonBody,
    writeMembers(schema, value, names, features) {
      return utf8Encode(writeJsonText(structureToJson(schema, value, writing(features), '', names)));
    },
    writeValue(member, value, path, features) {
      return utf8Encode(writeJsonText(valueToJson(member, value, writing(features), path)));
    },
    readMembers(schema, body, names, features) {
      const read = reading(features);
      if (isEmptyJsonBody(body)) {
        // No body: members are missing, so defaults (and, on the client, error correction) still apply.
        return read.fillDefaults || read.errorCorrection ? structureFromJson(schema, {}, read, '', names) : {};
      }
      return structureFromJson(schema, parseBody(body!, read, schema), read, '', names);
    },
    readValue(member, body, path, features) {
      if (isEmptyJsonBody(body)) return undefined;
      const read = reading(features);
      const target = deref(member.target);
      const json = parseBody(body, read, target);
      if (json === null) return undefined;
      const emptyObject = typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 0;
      if (read.strict && target.type === 'structure' && emptyObject) return undefined;
      return valueFromJson(member, json, read, path);
    },
  };
}

/** A body read with the exact reader when reading strictly (mock) or when the shape can hold a big number. */
function parseBody(body: Uint8Array, read: JsonReadOptions, schema: Schema): JsonValue {
  const bigNumbers = read.features?.bigNumbers;
  return parseJsonBody(body, bigNumbers?.parseJson, bigNumbers !== undefined && (read.strict || bigNumbers.reaches(schema)));
}
