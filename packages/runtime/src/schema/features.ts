/**
 * Codec features: the parts of the JSON and HTTP-binding codecs that only some operations need, passed
 * as data so a one-operation client bundle carries only those its shapes use (issue #18). A generated
 * operation schema lists the features the closure of its input, output and errors needs
 * ({@link OperationSchema.features}); the client halves of the restJson1 and awsJson codecs read them
 * from there, the mock halves (and the joined codecs) carry every feature. The implementations live in
 * the codec layers (`timestampFeature`, `base64Feature`, `bigNumberFeature`, `unionFeature`, `requestBindingFeature`, `payloadFeature`, `headerValueFeature`, `integerRangeFeature`); this module only names them.
 * @packageDocumentation
 */
import type { MemberSchema, Schema, StructureSchema, TimestampFormat, UnionSchema } from './shapes.js';
import type { OperationSchema } from './operation.js';

/** `timestamp` shapes (Smithy "Timestamp formats"). */
export interface TimestampFeature {
  /**
   * A caller's timestamp (a `Date`, epoch seconds, or date text) as a `Date`.
   * @throws SerializationError naming `path` when it is none of those
   */
  toDate(value: unknown, path: string): Date;
  /** A date as text in `format` (epoch seconds as decimal text). */
  format(date: Date, format: TimestampFormat): string;
  /**
   * A wire timestamp (epoch seconds as a number, or text) in `format`; `lenient` accepts any recognisable format.
   * @throws SerializationError naming `path` when it does not fit
   */
  parse(value: unknown, format: TimestampFormat, path: string, lenient?: boolean): Date;
}

/** Base64 text of `blob` shapes (and of `@mediaType` strings in headers), RFC 4648 §4. */
export interface Base64Feature {
  encode(bytes: Uint8Array): string;
  /** @throws Error on text that is not base64 (with `strict`: also on missing padding) */
  decode(text: string, strict?: boolean): Uint8Array;
}

/** `bigInteger` / `bigDecimal` shapes in JSON: the reader that keeps number literals exact, and their values. */
export interface BigNumberFeature {
  /** Can a value of this shape hold a `bigInteger` or `bigDecimal` (members, list items, map values)? */
  reaches(schema: Schema): boolean;
  /**
   * Parse JSON text keeping number literals as text (a `JsonValue` of `@anvil/runtime`).
   * @throws JsonSyntaxError on invalid JSON, with the character offset
   */
  parseJson(text: string): unknown;
  /**
   * A `bigInteger` / `bigDecimal` value (`schema`) as its JSON wire form (an exact number, or `asStrings` text).
   * @throws SerializationError naming `path` when the value does not fit
   */
  writeJson(schema: Schema, value: unknown, asStrings: boolean, path: string): unknown;
  /**
   * A `bigInteger` (`bigint`) or `bigDecimal` (decimal text) from its parsed JSON wire form.
   * @param strict mock side; `asStrings`: RPC v2 JSON's string forms
   * @throws SerializationError naming `path` on a type mismatch
   */
  readJson(schema: Schema, wire: unknown, strict: boolean, asStrings: boolean, path: string): unknown;
}

/** `union` shapes in JSON: one member set, `$unknown` for a member the client does not know. */
export interface UnionFeature {
  /**
   * A union from its parsed JSON wire form.
   * @param options the JSON codec's read options (`JsonReadOptions`)
   * @throws SerializationError naming `path`
   */
  readJson(schema: UnionSchema, wire: unknown, options: unknown, path: string): unknown;
  /**
   * A union value as its JSON wire form.
   * @param options the JSON codec's write options (`JsonCodecOptions`)
   * @throws SerializationError naming `path` when not exactly one member is set
   */
  writeJson(schema: UnionSchema, value: Record<string, unknown>, options: unknown, path: string): unknown;
}

/** Where a request's bound members go: label texts by member name, query pairs (decoded), headers (lower-cased names). */
export interface RequestBindingParts {
  readonly labels: Record<string, string>;
  readonly query: Array<[string, string]>;
  readonly headers: Record<string, string>;
}

/** `@httpLabel`, `@httpQuery`, `@httpQueryParams`, `@httpHeader` and `@httpPrefixHeaders` members of a request (restJson1, restXml). */
export interface RequestBindingFeature {
  /**
   * Write the input's bound members into `parts` (query pairs after the URI's literal ones, which they do not repeat).
   * @param features the operation's features (timestamps and base64 for such members)
   * @throws SerializationError for a missing or empty label, or a wrongly typed member, naming its path
   */
  write(operation: OperationSchema, schema: StructureSchema, value: Record<string, unknown>, parts: RequestBindingParts, features: CodecFeatures): void;
}

/** What a payload needs of the protocol's body codec (a `BodyCodec`): its media type, and one value as a whole document. */
export interface PayloadDocuments {
  readonly mediaType: string;
  isEmpty(body: Uint8Array | undefined): boolean;
  writeValue(member: MemberSchema, value: unknown, path: string, features?: CodecFeatures): Uint8Array;
  readValue(member: MemberSchema, body: Uint8Array, path: string, features?: CodecFeatures): unknown;
}

/** A message body that is one `@httpPayload` member (restJson1, restXml): blobs and strings raw, an event stream, or one document. */
export interface PayloadFeature {
  /** The media type of the payload member's body: `@mediaType`, `application/octet-stream`, `text/plain`, the event-stream type, or the codec's. */
  mediaType(member: MemberSchema, codec: PayloadDocuments): string;
  /**
   * Encode the payload member `name` of `value` (nothing when unset, unless `unsetAsDocument`: an empty document for a structure).
   * @throws SerializationError naming the member path on a wrongly typed value
   */
  write(name: string, member: MemberSchema, value: Record<string, unknown>, codec: PayloadDocuments, unsetAsDocument: boolean, features: CodecFeatures | undefined): { body?: Uint8Array; contentType?: string };
  /**
   * Decode a body into the payload member `name` of `out` (left unset for an empty body and an event stream).
   * @throws SerializationError on an unreadable document or a wrongly typed value
   */
  read(name: string, member: MemberSchema, body: Uint8Array | undefined, codec: PayloadDocuments, out: Record<string, unknown>, features: CodecFeatures | undefined): void;
}

/**
 * Header values (`@httpHeader`, `@httpPrefixHeaders` members) that are not plain text: booleans, numbers, timestamps,
 * blobs, `@mediaType` strings and lists (Smithy "httpHeader trait" serialisation rules). Strings and enums are
 * the header text itself and need no feature.
 */
export interface HeaderValueFeature {
  /**
   * The value of a header-bound member from the header's text (lists split on commas, `http-date` items re-joined).
   * @param strict mock side: reject malformed numbers, booleans and timestamps, and integers out of range
   * @param features the operation's features (timestamps and base64 for such members)
   * @throws SerializationError naming `path` when the text does not fit the member's target, or needs a missing feature
   */
  parse(member: MemberSchema, text: string, path: string, strict: boolean, features: CodecFeatures | undefined): unknown;
}

/** Range checks of `byte`, `short`, `integer` and `long` values read strictly (mock side; Smithy "Simple types"). */
export interface IntegerRangeFeature {
  /**
   * The inclusive range of `type` when the wire number `text` is not an integer in it; `undefined` when it is, or
   * when `type` has no range (`intEnum`).
   */
  outside(type: string, text: string): readonly [bigint, bigint] | undefined;
}

/** The optional codec parts an operation uses; a part left out is not bundled. */
export interface CodecFeatures {
  readonly timestamps?: TimestampFeature;
  readonly base64?: Base64Feature;
  readonly bigNumbers?: BigNumberFeature;
  readonly unions?: UnionFeature;
  readonly requestBindings?: RequestBindingFeature;
  readonly payloads?: PayloadFeature;
  readonly headerValues?: HeaderValueFeature;
  /** Mock side only: strict readers need it, clients never list it. */
  readonly integerRanges?: IntegerRangeFeature;
}
