/**
 * The resolve stage: model (IR) → typed service, operation and shape nodes.
 * The only part of the generator that reads traits; emitters print its nodes.
 * @packageDocumentation
 */
export { resolveService, resolveServiceNames, type ResolveOptions } from './service.js';
export type * from './service-nodes.js';
export type * from './shape-nodes.js';
export type * from './resource-nodes.js';
export type { StatefulBindingConfig } from './resource-bindings.js';
