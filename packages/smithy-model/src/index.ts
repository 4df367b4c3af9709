/**
 * `@anvil/smithy-model`: load Smithy JSON AST documents into one resolved model.
 * @packageDocumentation
 */
export type * from './ir.js';
