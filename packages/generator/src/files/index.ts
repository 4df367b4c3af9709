/**
 * The generated-file assembler: a file's header, imports (only what it uses,
 * merged per module, deterministic order), re-exports and body text.
 * @packageDocumentation
 */
export { GeneratedFile, GENERATED_HEADER } from './generated-file.js';
export { SourceWriter } from './source-writer.js';
