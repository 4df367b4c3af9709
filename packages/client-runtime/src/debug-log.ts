/**
 * What `Client.send`'s debug logs (`config.logger.debug`) show of inputs, outputs and error members:
 * `@sensitive` values redacted by the binding's `redact`, or nothing when the binding cannot redact.
 * @packageDocumentation
 */
import { deref } from '@anvil/runtime';
import type { OperationSchema, Schema, StructureSchema } from '@anvil/runtime';
import type { ClientBinding } from './config.js';
import type { ServiceException } from './exception.js';

/** The schema of a modeled error (none for an unknown code). */
export function errorSchema(operation: OperationSchema, error: ServiceException): StructureSchema | undefined {
  return [...operation.errors].map((e) => deref(e)).find((s: StructureSchema) => s.name === error.name);
}

/** The error's own members, for logs. */
export function errorMembers(error: ServiceException): Record<string, unknown> {
  return Object.fromEntries(Object.entries(error).filter(([k]) => !k.startsWith('$')));
}

/** What debug logs show in place of values when the binding says nothing about `@sensitive` values (no `redact`). */
const NOT_LOGGED = '[not logged: the client binding has no redact]';

/**
 * A value as debug logs show it: redacted by the binding's `redact`; as it is when the binding says the model has no
 * `@sensitive` values (`redact: false`) or there is no schema (an unknown error's members); else left out.
 */
export function logged({ redact }: ClientBinding, schema: Schema | undefined, value: unknown): unknown {
  return redact === false || schema === undefined ? value : redact ? redact(schema, value) : NOT_LOGGED;
}
