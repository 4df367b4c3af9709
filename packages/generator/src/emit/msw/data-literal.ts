/**
 * JSON data (node values from the model) printed as a TypeScript expression. Keys go through
 * `objectKey`, so a key named `__proto__` stays an own property; strings are JSON string literals.
 * @packageDocumentation
 */
import { objectKey } from '../../naming/index.js';

/**
 * Print a JSON value as an expression.
 * @param value JSON data (objects, arrays, strings, numbers, booleans, null)
 * @returns the source text (single line)
 * @throws TypeError for values JSON cannot hold (functions, `undefined` entries, bigint)
 */
export function dataLiteral(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(dataLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value).map((key) => `${objectKey(key)}: ${dataLiteral((value as Record<string, unknown>)[key])}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  throw new TypeError(`dataLiteral: ${typeof value} is not JSON data`);
}
