/**
 * Helpers shared by the JSON protocol codecs: idempotency tokens, host
 * prefixes, content types and mock-side error wrapping.
 * @packageDocumentation
 */
import { MalformedRequestError, SerializationError } from '../protocol.js';
import type { HeaderMap, SerializeRequestOptions } from '../protocol.js';
import type { OperationSchema, StructureSchema } from '../schema.js';

/**
 * Copy of `input` with every top-level `@idempotencyToken` member the caller left unset filled
 * (Smithy `@idempotencyToken`): `options.idempotencyToken()`, else `crypto.randomUUID()`.
 */
export function fillIdempotencyTokens(
  schema: StructureSchema,
  input: Record<string, unknown>,
  options: SerializeRequestOptions | undefined,
): Record<string, unknown> {
  let out = input;
  for (const [name, member] of Object.entries(schema.members)) {
    if (!member.idempotencyToken || (input[name] !== undefined && input[name] !== null)) continue;
    if (out === input) out = { ...input };
    out[name] = options?.idempotencyToken ? options.idempotencyToken() : globalThis.crypto.randomUUID();
  }
  return out;
}

/**
 * Expand an operation's `@endpoint` host prefix (e.g. `{Foo}.data.`) with its `@hostLabel` input members.
 * The client prepends the result to the endpoint host.
 * @returns the prefix, or `undefined` when the operation has none
 * @throws SerializationError when a host label is missing, empty or not a valid host label
 */
export function expandHostPrefix(operation: OperationSchema, input: Record<string, unknown>): string | undefined {
  if (!operation.hostPrefix) return undefined;
  return operation.hostPrefix.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = input[name];
    if (typeof v !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/.test(v)) {
      throw new SerializationError(`host label ${name} must be a valid host label, got ${JSON.stringify(v)}`, `/${name}`);
    }
    return v;
  });
}

/**
 * Look a header up by name, ignoring the case of the map's keys (wire maps are lower-cased, hand-built ones may not be).
 * @param name lower-case header name
 * @returns `[key as written in the map, value]`, or `undefined` when absent
 */
export function findHeader(headers: HeaderMap, name: string): [string, string] | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return [k, v];
  return undefined;
}

/** The media type of a `content-type` header without parameters, lower-cased (`''` when absent). */
export function mediaTypeOf(headers: HeaderMap): string {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'content-type') return (v.split(';')[0] ?? '').trim().toLowerCase();
  }
  return '';
}

/** Run mock-side parsing, turning {@link SerializationError}s into 400 `SerializationException` {@link MalformedRequestError}s. */
export function asMalformed<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SerializationError) throw new MalformedRequestError(e.message, 400, 'SerializationException');
    throw e;
  }
}
