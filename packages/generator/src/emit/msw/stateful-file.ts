/**
 * `src/stateful.ts` of the msw package (services with resources, from the model or the config
 * binding): the resource table as data, the item type of each resource, a default `store`, and
 * `createStatefulHandlers(options)`. Behaviour lives in `@anvil/msw-runtime` (`src/stateful/`).
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile, type SourceWriter } from '../../files/index.js';
import { MSW_RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, objectKey, propertyKey } from '../../naming/index.js';
import type { ResourceNode, ResourceOperationNode, ServiceNode } from '../../resolve/index.js';
import { packageTypes, type PackageTypes } from '../package-types.js';
import { dataLiteral } from './data-literal.js';

function binding(types: PackageTypes, b: ResourceOperationNode): string {
  const fields = [
    `operation: ${types.schema(b.operation.schemaName)}`,
    `kind: ${JSON.stringify(b.kind)}`,
    ...(b.identifiers ? [`identifiers: ${dataLiteral(b.identifiers)}`] : []),
    ...(b.notFound ? [`notFound: ${JSON.stringify(b.notFound)}`] : []),
    ...(b.filters ? [`filters: ${dataLiteral(b.filters)}`] : []),
    ...(b.set ? [`set: ${dataLiteral(b.set)}`] : []),
    ...(b.copy ? [`copy: ${dataLiteral(b.copy)}`] : []),
  ];
  return `{ ${fields.join(', ')} },`;
}

function resource(w: SourceWriter, types: PackageTypes, r: ResourceNode): void {
  w.block(`${objectKey(r.name)}:`, () => {
    const ids = r.identifiers.map((id) => `${objectKey(id.name)}: ${'schemaName' in id.schema ? types.schema(id.schema.schemaName) : `{ type: ${JSON.stringify(id.schema.inline)} }`}`);
    w.line(`identifiers: { ${ids.join(', ')} },`);
    if (r.parent !== undefined) w.line(`parent: ${JSON.stringify(r.parent)},`);
    if (r.item) w.line(`item: ${types.schema(r.item.schemaName)},`);
    w.line('operations: [');
    w.indented(() => {
      for (const b of r.operations) w.line(binding(types, b));
    });
    w.line('],');
    if (r.transitions.length > 0) w.line(`transitions: ${dataLiteral(r.transitions)},`);
  }, ',');
}

/**
 * Emit `src/stateful.ts`.
 * @returns the file's text
 */
export function statefulFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const w = file.body;
  const L = MODULE_LOCALS;
  w.raw(tsdoc({ documentation: 'The item type of each resource of the store (the structure items are stored and listed as).' }));
  w.block(`export interface ${L.storeItems}`, () => {
    for (const r of service.resources) w.line(`${propertyKey(r.name)}: ${r.item ? types.shape(r.item.typeName) : 'Record<string, unknown>'};`);
  });
  w.separate().raw(tsdoc({
    documentation: 'The resources of the mock store: identifiers, item structure, and what each bound operation does (create, put, read, update, delete, list, instance, collection). Extend it in code with `extendResources(resources, {...})`.',
  }));
  w.block(`export const ${L.resources}: ${file.ref(MSW_RUNTIME.ResourceTable)} =`, () => {
    w.line(`service: ${types.schema(service.names.serviceSchema)},`);
    w.block('resources:', () => {
      for (const r of service.resources) resource(w, types, r);
    }, ',');
  }, ';');
  w.separate().raw(tsdoc({
    documentation: 'The default store of `createStatefulHandlers()`: `store.reset()` between tests, `store.seed(resource, count | items)`, `store.snapshot()`/`store.restore(s)`, `store.advance(resource, ids?)`.',
  }));
  const storeType = `${file.ref(MSW_RUNTIME.MockStore)}<${L.storeItems}>`;
  w.line(`export const ${L.store}: ${storeType} = ${file.ref(MSW_RUNTIME.createStore)}<${L.storeItems}>(${L.resources});`);
  w.separate();
  w.block(`const ${L.operations} =`, () => {
    for (const op of service.operations) w.line(`${objectKey(op.name)}: ${types.schema(op.schemaName)},`);
  }, ';');
  w.separate().raw(tsdoc({
    documentation:
      'Handlers of every operation: operations bound to a resource answer from the store (create/put store an item, read answers it or the not-found error, update merges, delete removes, list pages over the store); the others with fake data. The model\'s examples answer first; per-operation overrides (`server.use(<op>Handler(...))`) still win.',
    tags: ['@param options - handler options for every handler, `includeDeprecated`, and `store` (default: the exported `store`)', '@returns one handler per operation, in model order'],
  }));
  const options = `options: ${file.ref(MSW_RUNTIME.StatefulHandlersOptions)}<${L.storeItems}> = {}`;
  w.block(`export function ${L.createStatefulHandlers}(${options}): ${file.ref(MSW_RUNTIME.MockHandler)}[]`, () => {
    w.line(`const { store: target = ${L.store}, ...handlerOptions } = options;`);
    const examples = service.examples.length > 0 ? `, ${file.value('./examples.js', L.examples)}` : '';
    w.line(`return ${file.ref(MSW_RUNTIME.statefulHandlersFor)}(${types.schema(service.names.serviceSchema)}, ${L.operations}, target, handlerOptions${examples});`);
  });
  return file.toString();
}
