/**
 * `@anvil/runtime`: schemas, protocol codecs, fake data and validation shared by
 * Anvil-generated clients and mocks.
 * @packageDocumentation
 */
export * from './schema.js';
export * from './protocol.js';
export * from './protocols/index.js';
export * from './http.js';
export * from './compression.js';
export * from './fake/index.js';
export * from './validate/index.js';
