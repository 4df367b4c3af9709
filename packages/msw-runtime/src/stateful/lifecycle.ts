/**
 * What a bound operation does to the store, by lifecycle kind (Smithy 2.0 "Resource lifecycle
 * operations"): create/put store an item, read answers it, update merges the input into it,
 * delete removes it, list pages over the items; instance operations act on one existing item.
 * Each returns the partial output the handler lays over its default output, or an error answer.
 * @packageDocumentation
 */
import { deref, getAtPath, memberAtPath, setAtPath, type Schema, type StructureSchema } from '@anvil/runtime';
import type { ErrorAnswer } from '../error-answer.js';
import { fromNodeValue } from '../node-values.js';
import { validationErrorAnswer } from '../validation-answer.js';
import { idsFromInput } from './item-keys.js';
import { listOutput } from './list-page.js';
import { conflictAnswer, notFoundAnswer } from './missing-item.js';
import { fits, projectItem, projectStored, storedMembers } from './project.js';
import type { OperationBinding } from './resource-table.js';
import type { MockStore } from './store.js';

/** The answer of a stateful operation: a partial output, or an error answer. */
export type StatefulAnswer = Record<string, unknown> | ErrorAnswer;

/** A value copied from the input into an item, cut to the shape of the item's member. */
function shaped(value: unknown, schema: Schema | undefined): unknown {
  if (!schema) return value;
  if (schema.type === 'structure' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return projectItem(value as Record<string, unknown>, schema, undefined);
  }
  if (schema.type === 'list' && Array.isArray(value)) return value.map((entry) => shaped(entry, deref(schema.member.target)));
  return value;
}

/** `binding.copy` and `binding.set` applied to an item's values. */
function applyEffects(values: Record<string, unknown>, binding: OperationBinding, input: Readonly<Record<string, unknown>>, item: StructureSchema | undefined): Record<string, unknown> {
  let out = values;
  for (const [itemPath, inputPath] of Object.entries(binding.copy ?? {})) {
    const value = getAtPath(input, inputPath);
    const member = item ? memberAtPath(item, itemPath) : undefined;
    if (value !== undefined) out = setAtPath(out, itemPath, shaped(value, member ? deref(member.target) : undefined));
  }
  for (const [itemPath, node] of Object.entries(binding.set ?? {})) {
    const member = item ? memberAtPath(item, itemPath) : undefined;
    const value = member ? fromNodeValue(deref(member.target), node, `/${itemPath.replace(/\./g, '/')}`) : node;
    if (!member || fits(member, value)) out = setAtPath(out, itemPath, value);
  }
  return out;
}

/**
 * Answer one request of a bound operation from the store.
 *
 * @param store the store
 * @param resource the resource the operation is bound to
 * @param binding the binding
 * @param input the parsed, validated input
 * @returns the partial output, an error answer (not-found, conflict, page-token validation),
 *   or `undefined` for the default answer (`collection` operations)
 * @throws NodeValueError when a `set` value of the binding does not fit the item's member
 */
export function answerFromStore(
  store: MockStore<object>,
  resource: string,
  binding: OperationBinding,
  input: Readonly<Record<string, unknown>>,
): StatefulAnswer | undefined {
  const spec = store.spec(resource);
  const itemShape = spec.item ? deref(spec.item) : undefined;
  const output = deref(binding.operation.output);
  const identifiers = store.identifiers(resource);
  const ids = idsFromInput(identifiers, binding, input);
  const idNames = identifiers.filter((id) => id.resource === resource).map((id) => id.name);
  const skip = new Set(identifiers.map((id) => (binding.identifiers?.[id.name] ?? id.name).split('.')[0] ?? id.name));
  const given = () => applyEffects(storedMembers(input, deref(binding.operation.input), itemShape, skip), binding, input, itemShape);

  switch (binding.kind) {
    case 'collection':
      return undefined;
    case 'list': {
      const page = listOutput(store, resource, binding, input);
      return page.ok ? page.output : validationErrorAnswer(binding.operation, [{ path: page.path, message: page.message, kind: 'type' }]);
    }
    case 'create':
    case 'put': {
      const parents = identifiers.filter((id) => id.resource !== resource);
      if (spec.parent && parents.length > 0 && parents.every((id) => ids[id.name] !== undefined) && !store.find(spec.parent, ids)) {
        return notFoundAnswer(binding, spec.parent, Object.fromEntries(parents.map((id) => [id.name, ids[id.name]])));
      }
      if (binding.kind === 'create' && store.find(resource, ids)) {
        const conflict = conflictAnswer(binding, resource, ids);
        if (conflict) return conflict;
      }
      const members = given();
      const item = store.insertItem(resource, ids, members, (fake) => ({ ...fake, ...members }));
      return projectItem(item.values, output, itemShape, idNames);
    }
    default: {
      const item = store.find(resource, ids);
      if (!item) return notFoundAnswer(binding, resource, ids);
      if (binding.kind === 'delete') {
        store.deleteItem(resource, item);
        return projectItem(item.values, output, itemShape, idNames);
      }
      if (binding.kind === 'update' || binding.set || binding.copy) {
        item.values = { ...item.values, ...given(), ...Object.fromEntries(identifiers.map((id) => [id.name, item.values[id.name]])) };
        store.changed();
      }
      const answer = projectStored(item.values, output, itemShape, idNames);
      if (binding.kind !== 'update') store.observed(resource, item);
      return answer;
    }
  }
}
