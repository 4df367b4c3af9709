/**
 * Assertions on wire messages as the compliance-test traits define them: query parameters,
 * headers (`headers`, `forbidHeaders`, `requireHeaders`) and bodies compared by media type.
 *
 * Spec: Smithy "HTTP protocol compliance tests" (`httpRequestTests`, `httpResponseTests`,
 * `httpMalformedRequestTests`).
 * @packageDocumentation
 */
import { isDeepStrictEqual } from 'node:util';
import { decodeCbor, fromBase64, parseForm, parseXmlText, SerializationError, type XmlElement } from '@anvil/runtime';
import { RPCV2_CBOR_TRAIT } from './cases.js';

const decoder = new TextDecoder();

/** Collects failure messages; a case passes when none were added. */
export class Failures {
  readonly messages: string[] = [];
  add(message: string): void {
    this.messages.push(message);
  }
  get ok(): boolean {
    return this.messages.length === 0;
  }
}

/** Upper-case the hex digits of `%xx` escapes, so `%2f` and `%2F` compare equal. */
function normaliseEscapes(text: string): string {
  return text.replace(/%[0-9a-fA-F]{2}/g, (m) => m.toUpperCase());
}

/** The raw (still percent-encoded) `k=v` pairs of a query string (no leading `?`). */
export function rawQueryPairs(search: string): string[] {
  return search.split('&').filter(Boolean).map(normaliseEscapes);
}

function keyOf(pair: string): string {
  const eq = pair.indexOf('=');
  return decodeSafe(eq < 0 ? pair : pair.slice(0, eq));
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Check a request's query string.
 * @param actual raw pairs of the actual request ({@link rawQueryPairs})
 * @param expected `queryParams` (each must occur, as often as listed), `forbidQueryParams`
 *   (keys that must not occur), `requireQueryParams` (keys that must occur)
 */
export function checkQuery(
  failures: Failures,
  actual: readonly string[],
  expected: { queryParams?: readonly string[]; forbidQueryParams?: readonly string[]; requireQueryParams?: readonly string[] },
): void {
  const remaining = [...actual];
  for (const pair of expected.queryParams ?? []) {
    const i = remaining.indexOf(normaliseEscapes(pair));
    if (i < 0) failures.add(`query: expected ${pair}, got ${actual.join('&') || '(none)'}`);
    else remaining.splice(i, 1);
  }
  const keys = new Set(actual.map(keyOf));
  for (const key of expected.forbidQueryParams ?? []) if (keys.has(key)) failures.add(`query: forbidden key ${key} is present`);
  for (const key of expected.requireQueryParams ?? []) if (!keys.has(key)) failures.add(`query: required key ${key} is missing`);
}

/**
 * Check headers: each of `headers` must have exactly that value (names case-insensitive),
 * `forbidHeaders` must be absent, `requireHeaders` present.
 * @param actual lower-cased header names → values
 */
export function checkHeaders(
  failures: Failures,
  actual: Readonly<Record<string, string>>,
  expected: { headers?: Readonly<Record<string, string>>; forbidHeaders?: readonly string[]; requireHeaders?: readonly string[] },
): void {
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const got = actual[name.toLowerCase()];
    if (got === undefined) failures.add(`header ${name}: missing (expected ${JSON.stringify(value)})`);
    else if (got.trim() !== value.trim()) failures.add(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
  }
  for (const name of expected.forbidHeaders ?? []) {
    const got = actual[name.toLowerCase()];
    if (got !== undefined) failures.add(`header ${name}: forbidden, got ${JSON.stringify(got)}`);
  }
  for (const name of expected.requireHeaders ?? []) {
    if (actual[name.toLowerCase()] === undefined) failures.add(`header ${name}: required but missing`);
  }
}

function isJson(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^application\/(.+\+)?json$|^application\/x-amz-json-1\.[01]$/.test(mediaType);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isXml(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^(application|text)\/(.+\+)?xml$/.test(mediaType);
}

const FORM = 'application/x-www-form-urlencoded';

/** Elements that carry a request id in XML bodies (awsQuery, restXml and ec2Query responses and errors). */
const REQUEST_ID_ELEMENTS = new Set(['RequestId', 'RequestID', 'requestId', 'ResponseMetadata']);

/**
 * An XML document in a form that compares equal exactly when two documents say the same, as XML readers of
 * the AWS SDKs see it: element names as written, attributes as a sorted list (namespace declarations
 * included), child elements grouped by name (the order of same-named siblings kept, the order between
 * different names not significant), and text compared exactly in elements without child elements
 * (whitespace between child elements is layout).
 * @param dropRequestIds leave out request-id elements (`RequestId`, `RequestID`, `requestId`, `ResponseMetadata`)
 *   of the root and of `<Error>` / `<Errors>`
 */
export function canonicalXml(text: string, dropRequestIds = false): unknown {
  const walk = (element: XmlElement, depth: number): unknown => {
    const attributes = Object.entries(element.attributes).sort(([a], [b]) => a.localeCompare(b));
    let elements = element.children.filter((c): c is XmlElement => typeof c !== 'string');
    if (elements.length === 0) return [element.name, attributes, element.children.join('')];
    if (dropRequestIds && depth <= 2) elements = elements.filter((e) => !REQUEST_ID_ELEMENTS.has(e.name));
    const sorted = elements.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a.name === b.name ? i - j : a.name < b.name ? -1 : 1));
    return [element.name, attributes, sorted.map(([e]) => walk(e, depth + 1))];
  };
  return walk(parseXmlText(text), 0);
}

/** Does the XML text carry a request-id element where {@link canonicalXml} would drop one? */
export function hasXmlRequestId(text: string): boolean {
  const root = parseXmlText(text);
  const level = (e: XmlElement): XmlElement[] => e.children.filter((c): c is XmlElement => typeof c !== 'string');
  return [...level(root), ...level(root).flatMap(level)].some((e) => REQUEST_ID_ELEMENTS.has(e.name));
}

function tryCanonicalXml(text: string, dropRequestIds: boolean): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: canonicalXml(text, dropRequestIds) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function safeHasRequestId(text: string): boolean {
  try {
    return hasXmlRequestId(text);
  } catch {
    return false;
  }
}

/** Decoded form parameters, sorted by key then value: the query protocols give no meaning to their order. */
export function canonicalForm(text: string): Array<[string, string]> {
  return parseForm(text).sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
}

const CBOR = 'application/cbor';

/**
 * The bytes of a test's `body`: base64-decoded for rpcv2Cbor tests (their bodies are binary, written
 * in base64), else UTF-8.
 */
export function testBodyBytes(body: string, protocol: string | undefined): Uint8Array {
  return protocol === RPCV2_CBOR_TRAIT ? fromBase64(body) : new TextEncoder().encode(body);
}

/** The media type a test's body compares by: `bodyMediaType`, else `application/cbor` for rpcv2Cbor tests. */
export function bodyMediaTypeOf(test: { readonly protocol: string; readonly bodyMediaType?: string }): string | undefined {
  return test.bodyMediaType ?? (test.protocol === RPCV2_CBOR_TRAIT ? CBOR : undefined);
}

/** A decoded CBOR item as readable text for failure messages (bytes as hex, bigint with `n`, tags as `tag(n, …)`). */
function showCbor(item: unknown): string {
  return JSON.stringify(item, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Uint8Array) return `h'${[...v].map((b) => b.toString(16).padStart(2, '0')).join('')}'`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

function checkCborBody(failures: Failures, actual: Uint8Array | undefined, expected: string): void {
  let want: unknown;
  try {
    want = decodeCbor(fromBase64(expected));
  } catch (e) {
    failures.add(`body: the expected body is not base64 CBOR: ${(e as Error).message}`);
    return;
  }
  let got: unknown;
  try {
    got = decodeCbor(actual ?? new Uint8Array(0));
  } catch (e) {
    if (!(e instanceof SerializationError)) throw e;
    failures.add(`body: expected CBOR ${showCbor(want)}, got ${actual?.length ?? 0} bytes that are not CBOR (${e.message})`);
    return;
  }
  if (!isDeepStrictEqual(want, got)) failures.add(`body: expected CBOR ${showCbor(want)}, got ${showCbor(got)}`);
}

/**
 * Check a body. `expected === undefined` asserts nothing (Smithy: "no assertions are made about
 * the body"); `''` asserts an empty body. JSON media types compare parsed values; `application/cbor`
 * compares decoded CBOR (`expected` is base64; floats of any width compare by value); XML media types
 * canonical documents ({@link canonicalXml}), `application/x-www-form-urlencoded` the decoded
 * parameters in any order ({@link canonicalForm}); any other media type compares the bytes with the
 * UTF-8 encoding of `expected`.
 * @param options.ownRequestIds the actual body comes from a mock, whose request-id elements are left out when
 *   `expected` has none (see {@link canonicalXml})
 */
export function checkBody(
  failures: Failures,
  actual: Uint8Array | undefined,
  expected: string | undefined,
  mediaType: string | undefined,
  options: { readonly ownRequestIds?: boolean } = {},
): void {
  if (expected === undefined) return;
  const text = actual === undefined ? '' : decoder.decode(actual);
  if (expected === '') {
    if (text !== '') failures.add(`body: expected empty, got ${JSON.stringify(text)}`);
    return;
  }
  if (mediaType === CBOR) {
    checkCborBody(failures, actual, expected);
    return;
  }
  if (isJson(mediaType)) {
    const want = parseJson(expected);
    const got = parseJson(text);
    if (!want.ok) failures.add(`body: the expected body is not JSON: ${expected}`);
    else if (!got.ok) failures.add(`body: expected JSON ${expected}, got ${JSON.stringify(text)}`);
    else if (!isDeepStrictEqual(want.value, got.value)) failures.add(`body: expected ${JSON.stringify(want.value)}, got ${JSON.stringify(got.value)}`);
    return;
  }
  if (isXml(mediaType)) {
    // a mock's own request id is not part of an expected body that names none (like headers a case does not name)
    const drop = options.ownRequestIds === true && !safeHasRequestId(expected);
    const want = tryCanonicalXml(expected, false);
    const got = tryCanonicalXml(text, drop);
    if (!want.ok) failures.add(`body: the expected body is not XML (${want.error}): ${expected}`);
    else if (!got.ok) failures.add(`body: expected XML ${JSON.stringify(expected)}, got ${JSON.stringify(text)} (${got.error})`);
    else if (!isDeepStrictEqual(want.value, got.value)) failures.add(`body: expected XML ${JSON.stringify(expected)}, got ${JSON.stringify(text)}`);
    return;
  }
  if (mediaType === FORM) {
    const want = canonicalForm(expected);
    const got = canonicalForm(text);
    if (!isDeepStrictEqual(want, got)) failures.add(`body: expected form ${expected}, got ${text}`);
    return;
  }
  const bytes = new TextEncoder().encode(expected);
  const same = actual !== undefined && actual.length === bytes.length && bytes.every((b, i) => b === actual[i]);
  if (!same) failures.add(`body (${mediaType ?? 'bytes'}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(text)}`);
}

/**
 * Check the body of a malformed-request response: `contents` compares by media type, `messageRegex`
 * must match the whole `message` member of the JSON body.
 */
export function checkMalformedBody(
  failures: Failures,
  actual: Uint8Array | undefined,
  expected: { mediaType: string; assertion: { contents?: string; messageRegex?: string } } | undefined,
): void {
  if (!expected) return;
  if (expected.assertion.contents !== undefined) {
    checkBody(failures, actual, expected.assertion.contents, expected.mediaType);
    return;
  }
  if (expected.assertion.messageRegex !== undefined) {
    const got = parseJson(actual === undefined ? '' : decoder.decode(actual));
    const message = got.ok && typeof got.value === 'object' && got.value !== null ? (got.value as Record<string, unknown>)['message'] : undefined;
    if (typeof message !== 'string' || !new RegExp(`^(?:${expected.assertion.messageRegex})$`, 's').test(message)) {
      failures.add(`body: message ${JSON.stringify(message)} does not match /${expected.assertion.messageRegex}/`);
    }
  }
}

/** Lower-cased header map of a fetch `Headers` (repeated headers joined with `", "`). */
export function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}
