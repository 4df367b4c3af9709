/**
 * CBOR bytes ⇄ CBOR data items (RFC 8949): encoding through `@smithy/core/cbor` (the encoder the AWS
 * SDK for JavaScript uses), decoding through `./decode.ts` (see there, and `docs/protocols.md`, for
 * why). The value codec (`serialize.ts`, `deserialize.ts`) works on {@link CborItem}s.
 *
 * Decoding accepts everything RFC 8949 allows that the Smithy RPC v2 CBOR protocol needs: definite
 * and indefinite lengths for text and byte strings, arrays and maps, half/single/double floats, tag 1
 * (epoch timestamps), tags 2/3 (bignums, as `bigint`) and tag 4 (decimal fractions, as
 * {@link DecimalFraction}). The `undefined` simple value reads as `null`.
 * @packageDocumentation
 */
import { cbor, tag, tagSymbol } from '@smithy/core/cbor';
import { SerializationError } from '../serialization-error.js';
import { CborSyntaxError, DecimalFraction, decodeCborItem } from './decode.js';

/** A CBOR tag (major type 6) other than 2, 3 and 4: its number and content. */
export interface CborTagged {
  readonly tag: number;
  readonly value: CborItem;
}

/** A CBOR map with text keys. */
export interface CborMap {
  [key: string]: CborItem;
}

/**
 * A CBOR data item as the codec builds and reads it: integers as `number` (or `bigint` beyond
 * ±2^53), floats as `number`, text as `string`, byte strings as `Uint8Array`, arrays, maps with text
 * keys, tags.
 */
export type CborItem = null | boolean | number | bigint | string | Uint8Array | CborItem[] | CborMap | CborTagged | DecimalFraction;

/** The CBOR media type. */
export const APPLICATION_CBOR = 'application/cbor';

/** A tagged data item (major type 6), for the encoder. */
export function cborTag(tagNumber: number, value: CborItem): CborTagged {
  return tag({ tag: tagNumber, value }) as CborTagged;
}

/** The tag number and content when `item` is a tag the decoder kept (not 2, 3 or 4), else `undefined`. */
export function asTagged(item: CborItem): CborTagged | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || item instanceof Uint8Array) return undefined;
  // The library marks tags with a symbol, so a map with `tag` and `value` keys stays a map.
  return (item as { [tagSymbol]?: boolean })[tagSymbol] === true ? (item as CborTagged) : undefined;
}

/** The decimal text when `item` is a decoded tag-4 decimal fraction, else `undefined`. */
export function asDecimal(item: CborItem): string | undefined {
  return item instanceof DecimalFraction ? item.text : undefined;
}

/** Is `item` a CBOR map (an object that is not an array, byte string, tag or decimal)? */
export function isCborMap(item: CborItem): item is CborMap {
  return (
    item !== null &&
    typeof item === 'object' &&
    !Array.isArray(item) &&
    !(item instanceof Uint8Array) &&
    !(item instanceof DecimalFraction) &&
    asTagged(item) === undefined
  );
}

/**
 * Encode one data item.
 * @throws SerializationError (path `/`) when the item holds something CBOR cannot carry (`undefined`, a function)
 */
export function encodeCbor(item: CborItem): Uint8Array {
  try {
    return cbor.serialize(item);
  } catch (e) {
    throw new SerializationError(`cannot encode CBOR: ${(e as Error).message}`, '/');
  }
}

/**
 * Decode exactly one data item from CBOR bytes.
 * @throws SerializationError (path `/`) on bytes that are not one well-formed CBOR data item (the
 *   message names the byte offset): empty or truncated input, a break code outside an
 *   indefinite-length item, reserved additional information, non-text map keys, invalid UTF-8,
 *   nesting deeper than 512, bytes after the item
 */
export function decodeCbor(bytes: Uint8Array): CborItem {
  try {
    return decodeCborItem(bytes) as CborItem;
  } catch (e) {
    if (e instanceof CborSyntaxError) throw new SerializationError(`invalid CBOR body: ${e.message}`, '/');
    throw e;
  }
}
