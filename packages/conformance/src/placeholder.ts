/**
 * Minimal inputs for cases that do not care about the request (response tests): every
 * `@httpLabel` and `@hostLabel` member gets a simple value so the request can be built and
 * routed to the operation; nothing else is set.
 * @packageDocumentation
 */
import { deref, zeroValue, type Schema, type StructureSchema } from '@anvil/runtime';

function placeholderScalar(schema: Schema): unknown {
  if (schema.type === 'enum') return schema.values[0] ?? 'a';
  if (schema.type === 'intEnum') return schema.values[0] ?? 0;
  // Labels must not be empty: strings get `a`, everything else its zero value.
  return schema.type === 'string' ? 'a' : zeroValue(schema);
}

/**
 * An input with a placeholder for each label and host-label member.
 * @param schema the operation's input structure
 * @returns e.g. `{ bucket: 'a', id: 1 }`; `{}` when the input has no labels
 */
export function placeholderInput(schema: StructureSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    if (member.httpLabel || member.hostLabel) out[name] = placeholderScalar(deref(member.target));
  }
  return out;
}
