/**
 * `@anvil/generator`: Smithy model → types, client and MSW packages.
 * @packageDocumentation
 */
export { generate, summaryLine, emitSources, ALL_KINDS, type GenerateOptions, type GenerateResult } from './generate.js';
export { buildView, type ServiceView, type OperationView } from './view.js';
export { findConfig, readConfig, type AnvilConfig, type ServiceConfig } from './config.js';
export type { PackageKind } from './emit/package.js';
export { SERVICE_CUSTOMIZATIONS, serviceCustomizations } from './emit/client.js';
export * from './diff/index.js';
export { checkDrift, type DriftResult } from './diff/drift.js';
export { watchModels, servicesForFile, serviceJob, type WatchOptions, type ModelWatcher } from './watch.js';
