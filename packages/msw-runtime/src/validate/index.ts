/**
 * Schema-driven input validation (Smithy "Constraint traits": `@required`,
 * `@length`, `@range`, `@pattern`, `@uniqueItems`, enum / intEnum values, plus
 * union arity, `@sparse` and the runtime type mapping of `schema.ts`). Used by
 * the MSW mocks to reject malformed requests the way a Smithy server does.
 * @packageDocumentation
 */
import type { Schema, StructureSchema } from '@anvil/runtime';
import { checkStructure, checkValue } from './check.js';
import { effectiveOfSchema } from './constraints.js';
import { requiredIssue } from './messages.js';
import type { ValidationIssue } from './messages.js';

export type { ValidationIssue, ValidationIssueKind } from './messages.js';
export { validationSummary } from './messages.js';
export { canonicalKey } from './canonical.js';
export { codePointLength, compilePattern, PatternSyntaxError } from './pattern.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** JSON pointer prefix for reported paths (default `''`, the input root). */
  path?: string;
}

/**
 * Validate a structure value (typically an operation input) against its schema.
 *
 * Checks, depth first in model member order: required members present (not
 * `null`/`undefined`), value types per the schema type mapping, `@length`
 * (string code points, blob bytes, list/map entries), `@range`, `@pattern`
 * (regex *search* semantics; compiled once per schema), enum / intEnum
 * values, `@uniqueItems` (by value), union arity (exactly one member set),
 * null entries only in `@sparse` lists/maps; map keys are checked against the
 * key schema and reported at the map's path. Members not in the schema are
 * ignored.
 *
 * @param schema - the structure schema.
 * @param value - the value to check (e.g. a parsed request input).
 * @param options - `path`: prefix of reported JSON pointers.
 * @returns the issues found, empty when the value is valid. Never throws for
 *   bad values.
 * @throws PatternSyntaxError when a schema carries a pattern that is not a valid regex.
 */
export function validate(schema: StructureSchema, value: unknown, options?: ValidateOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkStructure(schema, value, options?.path ?? '', issues);
  return issues;
}

/**
 * Validate a value of any schema kind (e.g. a single list or string); `null`
 * and `undefined` are reported as `required`.
 * @param schema - the schema the value must satisfy (its own constraints apply).
 * @param value - the value.
 * @param options - `path`: JSON pointer of the value (default `''`).
 * @returns the issues found (empty when valid).
 */
export function validateValue(schema: Schema, value: unknown, options?: ValidateOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const path = options?.path ?? '';
  if (value === null || value === undefined) {
    issues.push(requiredIssue(path));
  } else {
    checkValue(effectiveOfSchema(schema), value, path, issues);
  }
  return issues;
}
