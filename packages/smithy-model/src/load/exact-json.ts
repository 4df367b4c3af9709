/**
 * JSON AST text → JSON value whose number literals keep their exact value when a double would change
 * it (see `exact-number.ts`). The text is read with the native `JSON.parse`. Only a document whose text
 * holds a number-shaped run a double would change (a cheap scan for 16-digit runs and 3-digit exponents,
 * then a check of the few runs found) is tokenised to find such literals outside strings, and only a
 * document that has one is parsed a second time, each such literal written as a placeholder string
 * that is then swapped for its {@link ExactNumber}.
 * @packageDocumentation
 */
import { ExactNumber, numberLiteral } from '../exact-number.js';

/** Where a literal a double changes could be: ≥ 16 digits (a dot may split them) or a 3-digit exponent. */
const CANDIDATE = /\d[\d.]{15}|\d[eE][+-]?\d\d\d/g;
/** The JSON number grammar, whole token. */
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** A JSON string or number token (outside strings, digits occur only in numbers). */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const NUL_ESCAPE = '\\u0000';

/** `0-9 . e E + -`: the characters of a number literal. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/**
 * Does the text hold a number-shaped run a double would change (inside a string or not)? One regex
 * scan that rarely matches: most documents have no 16-digit run and no 3-digit exponent at all.
 */
function mayHoldInexact(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    let start = m.index;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    let end = CANDIDATE.lastIndex;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    CANDIDATE.lastIndex = end;
    const token = text.slice(start, end);
    if (NUMBER.test(token) && numberLiteral(token) instanceof ExactNumber) return true;
  }
  return false;
}

/**
 * `JSON.parse`, with number literals a double would change read as {@link ExactNumber}s.
 * @param text JSON text
 * @throws SyntaxError from `JSON.parse` on invalid JSON (the message names the position)
 */
export function parseJsonExact(text: string): unknown {
  const json: unknown = JSON.parse(text);
  if (!mayHoldInexact(text)) return json;
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
