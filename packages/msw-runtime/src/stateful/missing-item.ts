/**
 * The modeled errors stateful handlers answer: not-found for an item that does not exist, and
 * conflict for a `create` whose identifiers are taken.
 * @packageDocumentation
 */
import { deref, getOwn, hasOwnKey, type ErrorSchema, type MemberSchema, type StructureSchema } from '@anvil/runtime';
import { modeledError, type ErrorAnswer } from '../error-answer.js';
import { fits } from './project.js';
import type { OperationBinding } from './resource-table.js';

/** Answered when an operation on a missing item models no not-found error (Smithy has no standard one). */
export const GenericResourceNotFoundException$: ErrorSchema = {
  type: 'structure',
  name: 'ResourceNotFoundException',
  error: 'client',
  httpError: 404,
  members: { message: { target: { type: 'string' } } },
};

function errorsOf(binding: OperationBinding): StructureSchema[] {
  return binding.operation.errors.map((e) => deref(e));
}

function pick(binding: OperationBinding, status: number, name: RegExp, explicit?: string): StructureSchema | undefined {
  const errors = errorsOf(binding);
  if (explicit !== undefined) return errors.find((e) => e.name === explicit);
  return errors.find((e) => e.httpError === status) ?? errors.find((e) => name.test(e.name));
}

/**
 * The operation's not-found error: `binding.notFound` by name, else its error with
 * `@httpError(404)`, else one named like `…NotFound…`/`NoSuch…`.
 * @returns the error schema, or `undefined` when it models none
 */
export function notFoundSchema(binding: OperationBinding): StructureSchema | undefined {
  return pick(binding, 404, /NotFound|NoSuch/i, binding.notFound);
}

/** Set a string member when the error has one the value fits. */
function setIfFits(members: Record<string, unknown>, schema: StructureSchema, name: string, value: string): void {
  if (!hasOwnKey(schema.members, name)) return;
  if (fits(getOwn(schema.members, name) as MemberSchema, value)) members[name] = value;
}

function describeIds(ids: Readonly<Record<string, unknown>>): string {
  return Object.values(ids).map((v) => String(v)).join('/');
}

/**
 * The answer for an operation on an item that does not exist: the operation's not-found error
 * (see {@link notFoundSchema}; a generic 404 `ResourceNotFoundException` when it models none) with
 * `message` (and `resourceId`/`resourceType` when the error has such string members).
 *
 * @param resource the resource name
 * @param ids the identifier values the request named
 */
export function notFoundAnswer(binding: OperationBinding, resource: string, ids: Readonly<Record<string, unknown>>): ErrorAnswer {
  const schema = (notFoundSchema(binding) ?? GenericResourceNotFoundException$) as ErrorSchema<Record<string, unknown>>;
  const members: Record<string, unknown> = {};
  const idText = describeIds(ids);
  for (const name of ['message', 'Message', 'errorMessage']) setIfFits(members, schema, name, `${resource} ${idText || '(no identifier)'} does not exist`);
  setIfFits(members, schema, 'resourceId', idText);
  setIfFits(members, schema, 'resourceType', resource);
  return modeledError(schema, members);
}

/**
 * The answer for a `create` whose identifiers name an existing item: the operation's error with
 * `@httpError(409)` or named like `…Conflict…`/`…AlreadyExists…`.
 * @returns the answer, or `undefined` when the operation models none (the item is then replaced)
 */
export function conflictAnswer(binding: OperationBinding, resource: string, ids: Readonly<Record<string, unknown>>): ErrorAnswer | undefined {
  const schema = pick(binding, 409, /Conflict|AlreadyExists|InUse/i) as ErrorSchema<Record<string, unknown>> | undefined;
  if (!schema) return undefined;
  const members: Record<string, unknown> = {};
  for (const name of ['message', 'Message', 'errorMessage']) setIfFits(members, schema, name, `${resource} ${describeIds(ids)} already exists`);
  setIfFits(members, schema, 'resourceId', describeIds(ids));
  setIfFits(members, schema, 'resourceType', resource);
  return modeledError(schema, members);
}
