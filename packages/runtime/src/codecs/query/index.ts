/**
 * The query codec: value ⇄ `application/x-www-form-urlencoded` parameters by schema (Smithy "AWS query
 * protocol" and "AWS EC2 query protocol" requests), used by clients to write and by mocks to read.
 * @packageDocumentation
 */
export { FORM_URLENCODED, parseForm, writeForm } from './form.js';
export { memberKey } from './keys.js';
export type { QueryDialect } from './keys.js';
export { structureToQuery } from './serialize.js';
export type { QueryWriteOptions } from './serialize.js';
export { queryTree, structureFromQuery } from './deserialize.js';
export type { QueryNode, QueryReadOptions } from './deserialize.js';
