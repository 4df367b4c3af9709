/**
 * `@anvil/generator`: Smithy model → types, client and MSW packages.
 * Stages: `resolve/` (IR → typed nodes, names from `naming/`) → `emit/` (nodes →
 * file text, assembled by `files/`, runtime names from `manifest.ts`) → `write.ts`.
 * @packageDocumentation
 */
export { generate, summaryLine, ALL_KINDS, type GenerateOptions, type GenerateResult } from './generate.js';
export { emitSources } from './emit/index.js';
export { byRouteSpecificity, compareRoutes, type Routed } from './emit/msw/route-order.js';
export { resolveService, resolveServiceNames, type ResolveOptions, type ServiceNode, type OperationNode } from './resolve/index.js';
export { findConfig, readConfig, type AnvilConfig, type ServiceConfig } from './config.js';
export type { PackageKind } from './emit/package.js';
export { SERVICE_CUSTOMIZATIONS, serviceCustomizations } from './manifest.js';
export { compileRuleSet, type CompiledRules } from './resolve/endpoint-rules-compile.js';
export * from './diff/index.js';
export { checkDrift, type DriftResult } from './diff/drift.js';
export { watchModels, servicesForFile, serviceJob, type WatchOptions, type ModelWatcher } from './watch.js';
