/**
 * Canonical text of a runtime value, for Smithy `@uniqueItems` ("Constraint
 * traits": items are compared by value, not identity). Two values have the
 * same key exactly when they are equal under the schema type mapping: Dates by
 * instant, blobs by bytes, structures by members (absent and `undefined` alike,
 * key order ignored).
 * @packageDocumentation
 */

/**
 * @param value - any runtime value (string, number, bigint, boolean, Date, Uint8Array, array, plain object, null).
 * @returns a string key; equal keys mean equal values.
 */
export function canonicalKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? 'n0' : `n${String(value)}`;
    case 'bigint':
      return `i${value.toString()}`;
    case 'boolean':
      return value ? 'T' : 'F';
    case 'undefined':
      return 'U';
    case 'object':
      return objectKey(value);
    default:
      return `?${String(value)}`;
  }
}

function objectKey(value: object | null): string {
  if (value === null) return 'N';
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof Uint8Array) return `b${value.join(',')}`;
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalKey(item)}`);
  }
  return `{${parts.join(',')}}`;
}
