/**
 * `@anvil/smithy-model`: load Smithy JSON AST documents into one resolved model.
 * @packageDocumentation
 */
export type * from './ir.js';
export { ModelError } from './errors.js';
export type { ModelErrorLocation } from './errors.js';
export { loadModel } from './model/build.js';
export type { ModelDocument } from './model/build.js';
export { loadModelFiles } from './files.js';
export { serviceClosure } from './closure.js';
export { getShape, hasTrait, listServices, memberTraits, membersOf, shapeName, traitValue } from './query.js';
export { PRELUDE_FILE } from './prelude.js';
