/**
 * Smithy `@endpoint` host prefixes, expanded with `@hostLabel` input members (Smithy "endpoint trait").
 * @packageDocumentation
 */
import { SerializationError } from '../codecs/serialization-error.js';
import { getOwn } from '../schema/index.js';
import type { OperationSchema } from '../schema/index.js';

/**
 * Expand an operation's `@endpoint` host prefix (e.g. `{Foo}.data.`) with its `@hostLabel` input members.
 * The client prepends the result to the endpoint host.
 * @returns the prefix, or `undefined` when the operation has none
 * @throws SerializationError when a host label is missing, empty or not a valid host label
 */
export function expandHostPrefix(operation: OperationSchema, input: Record<string, unknown>): string | undefined {
  if (!operation.hostPrefix) return undefined;
  return operation.hostPrefix.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = getOwn(input, name);
    if (typeof v !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/.test(v)) {
      throw new SerializationError(`host label ${name} must be a valid host label, got ${JSON.stringify(v)}`, `/${name}`);
    }
    return v;
  });
}
