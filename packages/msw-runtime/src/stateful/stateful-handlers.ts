/**
 * `createStatefulHandlers`: one handler per operation of a service, where operations bound to a
 * resource answer from the store and the rest answer like the stateless handlers.
 * @packageDocumentation
 */
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { createHandler } from '../create-handler.js';
import type { ExampleTable } from '../examples/operation-examples.js';
import type { CreateHandlersOptions, MockHandler } from '../handler-types.js';
import { answerFromStore } from './lifecycle.js';
import type { OperationBinding, ResourceSpec, ResourceTable } from './resource-table.js';
import type { MockStore } from './store.js';

/** Options of a generated `createStatefulHandlers(options)`. */
export interface StatefulHandlersOptions<Items extends object = Record<string, Record<string, unknown>>> extends CreateHandlersOptions {
  /** The store to act on. @default the generated package's `store` */
  readonly store?: MockStore<Items>;
}

/** Where an operation is bound: its resource and binding (the first binding wins when several name it). */
export function bindingsByOperation(table: ResourceTable): Map<string, { readonly resource: string; readonly binding: OperationBinding }> {
  const out = new Map<string, { resource: string; binding: OperationBinding }>();
  for (const [resource, spec] of Object.entries(table.resources)) {
    for (const binding of spec.operations) if (!out.has(binding.operation.id)) out.set(binding.operation.id, { resource, binding });
  }
  return out;
}

/**
 * Handlers of every operation of a service: bound operations (see the store's resource table)
 * answer from `store`; the others with fake data. Examples of the model answer first, per-operation
 * overrides (`server.use(<op>Handler(...))`) still win, and every handler records `calls`.
 *
 * @param service the service schema
 * @param operations operation name → schema, in model order
 * @param store the store (its `table` says which operations are bound)
 * @param options handler options for every handler, plus `includeDeprecated` (default `true`)
 * @param examples operation name → the model's examples
 * @returns one handler per operation
 */
export function statefulHandlersFor<Items extends object>(
  service: ServiceSchema,
  operations: Readonly<Record<string, OperationSchema>>,
  store: MockStore<Items>,
  options: CreateHandlersOptions = {},
  examples: ExampleTable = {},
): MockHandler[] {
  const { includeDeprecated = true, ...handlerOptions } = options;
  const bound = bindingsByOperation(store.table);
  const handlers: MockHandler[] = [];
  // Route precedence as in the generated handlers: a more specific route of the service wins whatever the order.
  const routes = Object.values<OperationSchema>(operations).flatMap((o) => (o.http ? [o.http] : []));
  for (const [name, operation] of Object.entries(operations)) {
    if (!includeDeprecated && operation.deprecated) continue;
    const at = bound.get(operation.id);
    const opExamples = Object.hasOwn(examples, name) ? examples[name] : undefined;
    handlers.push(
      createHandler<Record<string, unknown>, unknown>(service, operation as OperationSchema<Record<string, unknown>, unknown>, undefined, handlerOptions, {
        ...(opExamples ? { examples: opExamples } : {}),
        ...(at ? { stateful: (input: Record<string, unknown>) => answerFromStore(store as MockStore<object>, at.resource, at.binding, input) } : {}),
        routes,
      }),
    );
  }
  return handlers;
}

/**
 * A resource table with more (or replaced) resources: the way to bind operations in code.
 *
 * @param table the generated `resources`
 * @param resources resource name → spec; a name already in `table` replaces that resource
 * @returns a new table (pass it to `createStore`)
 *
 * @example
 * ```ts
 * const table = extendResources(resources, {
 *   Tag: { identifiers: { resourceArn: ARN$ }, operations: [{ operation: ListTagsForResource$, kind: 'read' }] },
 * });
 * const store = createStore(table);
 * server.use(...createStatefulHandlers({ store }));
 * ```
 */
export function extendResources(table: ResourceTable, resources: Readonly<Record<string, ResourceSpec>>): ResourceTable {
  return { service: table.service, resources: { ...table.resources, ...resources } };
}
