/**
 * Smithy `@idempotencyToken`: clients fill the token members a caller left unset.
 * @packageDocumentation
 */
import type { SerializeRequestOptions } from './codec.js';
import { getOwn, setOwn } from '../schema/index.js';
import type { StructureSchema } from '../schema/index.js';

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
    const v = getOwn(input, name);
    if (!member.idempotencyToken || (v !== undefined && v !== null)) continue;
    if (out === input) out = { ...input };
    setOwn(out, name, options?.idempotencyToken ? options.idempotencyToken() : globalThis.crypto.randomUUID());
  }
  return out;
}
