/**
 * `@anvil/smithy-model`: load Smithy models (JSON AST and IDL) into one resolved model.
 * @packageDocumentation
 */
export type * from './ir.js';
export { ModelError, codeFrame } from './errors.js';
export { ExactNumber, isNodeNumber, isObjectNode, numberLiteral } from './exact-number.js';
export type { NodeNumber } from './exact-number.js';
export type { ModelErrorLocation } from './errors.js';
export { loadModel } from './model/build.js';
export type { ModelDocument, SourceLocation } from './model/build.js';
export { loadModelFiles, modelFilePaths, readModelDocuments } from './files.js';
export { documentsFromSources, isIdlFile } from './sources.js';
export type { ModelSource } from './sources.js';
export { parseIdl } from './idl/parser.js';
export { resolveIdl } from './idl/resolve.js';
export type { IdlDocument } from './idl/pending.js';
export { toJsonAst } from './ast/to-json-ast.js';
export type { JsonAstDocument } from './ast/to-json-ast.js';
export { toJsonText } from './ast/json-text.js';
export { readSmithyBuild, packageNaming, TYPESCRIPT_PLUGIN } from './build/smithy-build.js';
export type { SmithyBuildOptions, SmithyBuildPlan } from './build/smithy-build.js';
export { serviceClosure } from './closure.js';
export { getShape, hasTrait, listServices, memberTraits, membersOf, shapeName, traitValue } from './query.js';
export { PRELUDE_FILE } from './prelude.js';
