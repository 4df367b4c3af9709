/**
 * JSON AST text → JSON value whose number literals keep their exact value when a double would change
 * it (see `exact-number.ts`). The text is read with the native `JSON.parse`; only a document whose
 * text holds a long digit run or a 3-digit exponent (a cheap pre-scan) is tokenised to find such
 * literals, and only a document that has one is parsed a second time, each such literal written as
 * a placeholder string that is then swapped for its {@link ExactNumber}.
 * @packageDocumentation
 */
import { ExactNumber, numberLiteral } from '../exact-number.js';

/** Could the text hold a literal a double changes: ≥ 16 digits (a dot may split them) or a 3-digit exponent? */
const MAYBE_INEXACT = /\d[\d.]{15}|\d[eE][+-]?\d\d\d/;
/** A JSON string or number token (outside strings, digits occur only in numbers). */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const NUL_ESCAPE = '\\u0000';

/**
 * `JSON.parse`, with number literals a double would change read as {@link ExactNumber}s.
 * @param text JSON text
 * @throws SyntaxError from `JSON.parse` on invalid JSON (the message names the position)
 */
export function parseJsonExact(text: string): unknown {
  const json: unknown = JSON.parse(text);
  if (!MAYBE_INEXACT.test(text)) return json;
  const found: { start: number; end: number; value: ExactNumber }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.charCodeAt(0) === 34) continue;
    const value = numberLiteral(token);
    if (value instanceof ExactNumber) found.push({ start: m.index, end: m.index + token.length, value });
  }
  if (found.length === 0) return json;
  // placeholders start with more NUL characters in a row than any string of the document holds
  let prefix = NUL_ESCAPE;
  while (text.includes(prefix)) prefix += NUL_ESCAPE;
  let marked = '';
  let at = 0;
  found.forEach((f, i) => {
    marked += `${text.slice(at, f.start)}"${prefix}${i}"`;
    at = f.end;
  });
  marked += text.slice(at);
  return swap(JSON.parse(marked), '\0'.repeat(prefix.length / NUL_ESCAPE.length), found.map((f) => f.value));
}

/** Replaces placeholder strings (`marker` + index) in `value`, in place. */
function swap(value: unknown, marker: string, exact: readonly ExactNumber[]): unknown {
  if (typeof value === 'string') {
    return value.charCodeAt(0) === 0 && value.startsWith(marker) ? exact[Number(value.slice(marker.length))] : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = swap(value[i], marker, exact);
    return value;
  }
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const v = obj[key];
    if (typeof v !== 'object' && typeof v !== 'string') continue;
    const next = swap(v, marker, exact);
    // `__proto__` is an own data property of parsed JSON; plain assignment would set the prototype
    if (next !== v) Object.defineProperty(obj, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return obj;
}
