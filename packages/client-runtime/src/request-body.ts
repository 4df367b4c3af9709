/**
 * Body encodings a client applies once per call, after serialisation and before
 * signing: `@requestCompression` (gzip) then `@httpChecksumRequired`
 * (`Content-MD5` of the body as sent, so of the compressed bytes), then
 * `aws.protocols#httpChecksum` (`flexible-checksums.ts`).
 *
 * Spec: Smithy "requestCompression trait" and "httpChecksumRequired trait".
 * @packageDocumentation
 */
import { appendContentEncoding, deref, findHeader, gzip, SUPPORTED_ENCODINGS, toBase64 } from '@anvil/runtime';
import type { HttpRequest, OperationSchema } from '@anvil/runtime';
import { flexibleChecksums } from './flexible-checksums.js';
import { md5 } from './md5.js';
import { checkInteger } from './option-checks.js';
import type { ClientConfig } from './config.js';

/** Default of `ClientConfig.requestMinCompressionSizeBytes` (bytes), per the Smithy spec. */
export const DEFAULT_MIN_COMPRESSION_SIZE_BYTES = 10240;
/** Largest allowed `ClientConfig.requestMinCompressionSizeBytes` (bytes, 10 MiB), per the Smithy spec. */
export const MAX_MIN_COMPRESSION_SIZE_BYTES = 10485760;

/** Compression settings, resolved from `ClientConfig` by {@link compressionSettings}. */
export interface CompressionSettings {
  /** `disableRequestCompression`. */
  readonly disabled: boolean;
  /** `requestMinCompressionSizeBytes`: bodies shorter than this many bytes are sent uncompressed. */
  readonly minBytes: number;
}

/**
 * What body encoders read of the client configuration and the call: what each encoder's `configure` resolved
 * (absent fields take their defaults), plus `streamedBody`.
 */
export interface BodyEncodingSettings extends Partial<CompressionSettings> {
  /** `requestChecksumCalculation` (`aws.protocols#httpChecksum`); default `WHEN_SUPPORTED`. */
  readonly checksumCalculation?: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
  /** `responseChecksumValidation` (`aws.protocols#httpChecksum`); default `WHEN_SUPPORTED`. */
  readonly checksumValidation?: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
  /** This call streams its payload (a `Blob` or `ReadableStream`), so `wire.body` does not hold it. */
  readonly streamedBody?: boolean;
}

/**
 * Resolve and check the compression options of a client configuration (`requestCompression`'s `configure`).
 * @param serviceId named in the error message
 * @throws RangeError when `requestMinCompressionSizeBytes` is not an integer in 0..10485760
 */
export function compressionSettings(
  config: { disableRequestCompression?: boolean; requestMinCompressionSizeBytes?: number },
  serviceId: string,
): CompressionSettings {
  const minBytes = config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_COMPRESSION_SIZE_BYTES;
  checkInteger(minBytes, 'requestMinCompressionSizeBytes', serviceId, 0, MAX_MIN_COMPRESSION_SIZE_BYTES);
  return { disabled: config.disableRequestCompression === true, minBytes };
}

/** Does the operation's input stream its payload (`@streaming` blob)? Streaming bodies are never compressed. */
function hasStreamingInput(operation: OperationSchema): boolean {
  return Object.values(deref(operation.input).members).some((m) => {
    const target = deref(m.target);
    return target.type === 'blob' && target.streaming === true;
  });
}

/**
 * A body encoding applied once per call, after serialisation and before signing.
 * Generated clients pass only the encodings their model uses (`ClientBinding.bodyEncoders`),
 * so clients of services without `@requestCompression` or `@httpChecksumRequired` do not bundle
 * gzip or MD5 (nor the checks of their options).
 */
export interface BodyEncoder {
  /**
   * @param operation the operation called
   * @param wire the serialised request
   * @param settings what the client's encoders' `configure` resolved, and whether the call streams its body
   * @returns the request to sign and send (`wire` itself when nothing applies)
   */
  (operation: OperationSchema, wire: HttpRequest, settings: BodyEncodingSettings): HttpRequest | Promise<HttpRequest>;
  /**
   * Resolve and check the client options this encoding reads; the client calls it once, in its constructor.
   * @param config the client configuration
   * @param serviceId named in error messages
   * @throws RangeError for an invalid option value
   */
  readonly configure?: (config: ClientConfig, serviceId: string) => BodyEncodingSettings;
}

/**
 * A {@link BodyEncoder} from its function and the `configure` of its options.
 * @internal
 */
export function bodyEncoder(
  encode: (operation: OperationSchema, wire: HttpRequest, settings: BodyEncodingSettings) => HttpRequest | Promise<HttpRequest>,
  configure?: BodyEncoder['configure'],
): BodyEncoder {
  return configure ? Object.assign(encode, { configure }) : encode;
}

/**
 * `@requestCompression`: the first encoding of the trait this runtime supports (`gzip`) is applied
 * when compression is not disabled, the input is not streaming, and the body has at least
 * `settings.minBytes` bytes (`requestMinCompressionSizeBytes`, checked by its `configure`); the encoding is appended to `Content-Encoding` (`custom` → `custom, gzip`).
 * Spec: Smithy "requestCompression trait".
 */
export const requestCompression: BodyEncoder = /* @__PURE__ */ bodyEncoder(async (operation, wire, settings) => {
  const encoding = operation.requestCompression?.encodings.find((e) => SUPPORTED_ENCODINGS.includes(e.toLowerCase()));
  if (
    encoding === undefined ||
    settings.disabled ||
    wire.body === undefined ||
    wire.body.byteLength < (settings.minBytes ?? DEFAULT_MIN_COMPRESSION_SIZE_BYTES) ||
    hasStreamingInput(operation)
  ) {
    return wire;
  }
  return { ...wire, headers: appendContentEncoding(wire.headers, encoding.toLowerCase()), body: await gzip(wire.body) };
}, compressionSettings);

/**
 * `@httpChecksumRequired`: `Content-MD5` is set to the base64 MD5 of the body as sent (after
 * compression), of no bytes when there is none, unless the request already carries one.
 * Spec: Smithy "httpChecksumRequired trait".
 */
export const contentMd5: BodyEncoder = (operation, wire) => {
  if (!operation.httpChecksumRequired || findHeader(wire.headers, 'content-md5') !== undefined) return wire;
  return { ...wire, headers: { ...wire.headers, 'content-md5': toBase64(md5(wire.body ?? new Uint8Array(0))) } };
};

/** Every body encoding, in the order the specs require (compress, then checksum the bytes sent). */
export const ALL_BODY_ENCODERS: readonly BodyEncoder[] = [requestCompression, contentMd5, flexibleChecksums];

/**
 * Apply body encodings in order (no default list: a default would pull every encoder into
 * client bundles that need none; `Client.send` passes `ClientBinding.bodyEncoders`).
 * @param encoders the encodings to apply, in order
 * @returns the request to sign and send (`wire` itself when nothing applies)
 */
export async function encodeRequestBody(
  operation: OperationSchema,
  wire: HttpRequest,
  settings: BodyEncodingSettings,
  encoders: readonly BodyEncoder[],
): Promise<HttpRequest> {
  let out = wire;
  for (const encode of encoders) out = await encode(operation, out, settings);
  return out;
}
