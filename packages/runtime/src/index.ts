/**
 * `@anvil/runtime`: schemas and protocol codecs shared by Anvil-generated clients and mocks.
 *
 * Layers, each importing only the ones above it (checked by `layers.test.ts`):
 * `schema/` (the schema data generated packages emit) → `bytes/` (UTF-8, base64) → `pagination/`
 * (`@paginated` member paths) → `codecs/` (value ⇄ payload formats: JSON, CBOR; timestamps; the body-codec
 * contract) → `http/` (wire messages, URI patterns, format-neutral HTTP binding traits, fetch adapters)
 * → `protocols/` (the codec contract and one codec per protocol: HTTP bindings + a body codec).
 * Mock-only code (fake data, validation) lives in `@anvil/msw-runtime`.
 * @packageDocumentation
 */
export * from './schema/index.js';
export * from './bytes/index.js';
export * from './pagination/index.js';
export * from './codecs/index.js';
export * from './http/index.js';
export * from './protocols/index.js';
