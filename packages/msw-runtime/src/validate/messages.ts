/**
 * Validation issue type and message wording.
 *
 * Wording follows the Smithy server framework's validation errors
 * (`smithy.framework#ValidationException`) as asserted by the restJson1
 * `httpMalformedRequestTests` of `aws.protocoltests.restjson.validation`, e.g.
 * `Value with length 1 at '/string' failed to satisfy constraint: Member must have length between 2 and 8, inclusive`.
 * Messages never include the offending value (safe for `@sensitive` members).
 * @packageDocumentation
 */
import type { LengthConstraint, RangeConstraint } from '@anvil/runtime';

/** The constraint a {@link ValidationIssue} reports. */
export type ValidationIssueKind = 'required' | 'type' | 'length' | 'range' | 'pattern' | 'enum' | 'uniqueItems' | 'union';

/** One violated constraint. */
export interface ValidationIssue {
  /** JSON pointer from the input root using member names (`/list/0/name`, map values as `/map/<key>`; map key issues point at the map). */
  path: string;
  /** Smithy framework wording, e.g. `Value at '/int' failed to satisfy constraint: Member must be between 2 and 8, inclusive`. */
  message: string;
  kind: ValidationIssueKind;
}

function at(path: string): string {
  return `'${path === '' ? '/' : path}'`;
}

/** `Member must not be null` (missing `@required` member, or null entry of a non-sparse list/map). */
export function requiredIssue(path: string): ValidationIssue {
  return { path, kind: 'required', message: `Value at ${at(path)} failed to satisfy constraint: Member must not be null` };
}

/** Wrong runtime type for the schema (e.g. a number where a string is modeled). */
export function typeIssue(path: string, expected: string): ValidationIssue {
  return { path, kind: 'type', message: `Value at ${at(path)} failed to satisfy constraint: Member must be of type ${expected}` };
}

/** `@length` violation; `actual` is code points (strings), bytes (blobs) or entries (lists/maps). */
export function lengthIssue(path: string, actual: number, length: LengthConstraint): ValidationIssue {
  return {
    path,
    kind: 'length',
    message: `Value with length ${actual} at ${at(path)} failed to satisfy constraint: Member must have length ${bounds(length)}`,
  };
}

/** `@range` violation. */
export function rangeIssue(path: string, range: RangeConstraint): ValidationIssue {
  return { path, kind: 'range', message: `Value at ${at(path)} failed to satisfy constraint: Member must be ${bounds(range)}` };
}

/** `@pattern` violation; `pattern` is the model's pattern text. */
export function patternIssue(path: string, pattern: string): ValidationIssue {
  return {
    path,
    kind: 'pattern',
    message: `Value at ${at(path)} failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
  };
}

/** enum / intEnum violation; values listed in model order. */
export function enumIssue(path: string, values: readonly (string | number)[]): ValidationIssue {
  return {
    path,
    kind: 'enum',
    message: `Value at ${at(path)} failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`,
  };
}

/** `@uniqueItems` violation. */
export function uniqueItemsIssue(path: string): ValidationIssue {
  return { path, kind: 'uniqueItems', message: `Value at ${at(path)} failed to satisfy constraint: Member must have unique values` };
}

/** A union value with zero or several members set. */
export function unionIssue(path: string, setCount: number): ValidationIssue {
  return {
    path,
    kind: 'union',
    message: `Value at ${at(path)} failed to satisfy constraint: Member must have exactly one member set, found ${setCount}`,
  };
}

function bounds(constraint: { readonly min?: number; readonly max?: number }): string {
  const { min, max } = constraint;
  if (min !== undefined && max !== undefined) return `between ${formatNumber(min)} and ${formatNumber(max)}, inclusive`;
  if (min !== undefined) return `greater than or equal to ${formatNumber(min)}`;
  return `less than or equal to ${formatNumber(max ?? Number.POSITIVE_INFINITY)}`;
}

/** Plain decimal text (no exponent for large integral bounds such as 2^63). */
function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  return String(value);
}

/**
 * The framework's summary text: `1 validation error detected. <message>` or
 * `N validation errors detected. <message 1>; <message 2>; …`.
 * @param issues - issues from {@link validate}, in reporting order.
 * @returns the summary, or `''` when there are no issues.
 */
export function validationSummary(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return '';
  const noun = issues.length === 1 ? 'error' : 'errors';
  return `${issues.length} validation ${noun} detected. ${issues.map((issue) => issue.message).join('; ')}`;
}
