/**
 * `@paginated` member paths shared by client paginators and mock pagination.
 * @packageDocumentation
 */
export { getAtPath, memberAtPath, pathSegments, setAtPath, type MemberPath } from './member-paths.js';
