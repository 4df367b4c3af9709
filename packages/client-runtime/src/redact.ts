/**
 * Redaction of `@sensitive` values (Smithy "sensitive trait") before anything is logged.
 * @packageDocumentation
 */
import { deref, setOwn, type MemberSchema, type Schema } from '@anvil/runtime';

/** What a sensitive value is replaced with (the same text as aws-sdk-js-v3). */
export const SENSITIVE_STRING = '***SensitiveInformation***';

/**
 * A copy of `value` with every value of a `@sensitive` shape or member replaced
 * by {@link SENSITIVE_STRING}, walking structures, unions, lists and maps by schema.
 * Members the schema does not know are kept; `$metadata` is kept.
 *
 * @param schema the value's schema (e.g. the operation's input structure)
 * @param value any value (typed input, output or error members)
 * @returns the redacted copy (`value` itself when nothing needs redacting below a scalar)
 */
export function redact(schema: Schema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (schema.sensitive) return SENSITIVE_STRING;
  switch (schema.type) {
    case 'structure':
    case 'union': {
      if (typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const member = Object.hasOwn(schema.members, key) ? schema.members[key] : undefined;
        setOwn(out, key, member ? redactMember(member, v) : v);
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => redactMember(schema.member, v)) : value;
    case 'map': {
      if (typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      const keySensitive = schema.key.sensitive || deref(schema.key.target).sensitive;
      let i = 0;
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        setOwn(out, keySensitive ? `${SENSITIVE_STRING}#${i++}` : key, redactMember(schema.value, v));
      }
      return out;
    }
    default:
      return value;
  }
}

function redactMember(member: MemberSchema, value: unknown): unknown {
  if (member.sensitive && value !== undefined && value !== null) return SENSITIVE_STRING;
  return redact(deref(member.target), value);
}
