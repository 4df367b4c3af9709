/**
 * Number literals of node values (Smithy 2.0 "Node values": trait values, `@default`, examples,
 * protocol-test `params`, metadata) that a JS double would change. Smithy numbers are arbitrary
 * precision (a `bigInteger` / `bigDecimal` member may hold `-9223372036854775809` or
 * `0.100000000000000000000001`), so the loaders (IDL and JSON AST) keep such a literal as an
 * {@link ExactNumber}; every other literal stays a plain `number`.
 *
 * A literal stays a `number` when the double reads back as the same value: its shortest decimal
 * form (`String(n)`) has the literal's value (`0.1`, `1.50`, `1e23`, `-0`), or, for an integer
 * literal, the double's exact integer value is the literal's (`9223372036854771712` = 2^63 − 4096).
 * So `0.1` stays a number (the double nearest 0.1, as everywhere in JS), while `1e400` (Infinity),
 * `1e-400` (0), `9007199254740993` and `0.100000000000000000000001` become {@link ExactNumber}s.
 * @packageDocumentation
 */

/**
 * A node-value number literal kept as written, because a double would change its value.
 * Code that does not need the exact digits reads it as a double: `Number(x)`, arithmetic,
 * comparisons and `JSON.stringify` see {@link ExactNumber.toNumber}. Code that needs them
 * (values of `bigInteger` / `bigDecimal` shapes) reads {@link ExactNumber.text}.
 */
export class ExactNumber {
  /** @param text the literal exactly as written (Smithy `Number` grammar), e.g. `-9223372036854775809` */
  constructor(readonly text: string) {}

  /** The nearest double (`Infinity` / `0` when the literal is out of the double range). */
  toNumber(): number {
    return Number(this.text);
  }

  /** The nearest double, so `Number(x)`, `x < y` and arithmetic work as on a plain number. */
  valueOf(): number {
    return this.toNumber();
  }

  /** `JSON.stringify` writes the nearest double (what a JS number literal would hold). */
  toJSON(): number {
    return this.toNumber();
  }

  /** The literal as written. */
  toString(): string {
    return this.text;
  }

  /**
   * The value in a canonical form (`[-]digitsEexponent`, no leading or trailing zeros): equal for
   * literals of equal value (`2e+308`, `2E+308`, `20E307`).
   */
  canonicalText(): string {
    return normalized(this.text);
  }

  /** True when the literal is an integer (no fraction, no exponent): `BigInt(text)` is its value. */
  isInteger(): boolean {
    return INTEGER.test(this.text);
  }
}

const INTEGER = /^-?\d+$/;
const LITERAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A node-value number: a plain double or an {@link ExactNumber}. */
export type NodeNumber = number | ExactNumber;

/** True for a number node value (plain or {@link ExactNumber}). */
export function isNodeNumber(value: unknown): value is NodeNumber {
  return typeof value === 'number' || value instanceof ExactNumber;
}

/**
 * The node value of a number literal: a `number`, or an {@link ExactNumber} when the double would
 * change the literal's value (see the module comment).
 * @param text a literal of the Smithy / JSON number grammar (`-?int(.digits)?([eE][+-]?digits)?`)
 */
export function numberLiteral(text: string): NodeNumber {
  const n = Number(text);
  // at most 15 significant digits and no exponent: every such decimal round-trips through a double
  if (text.length <= 15 && !hasExponent(text)) return n;
  return keepsValue(text, n) ? n : new ExactNumber(text);
}

function hasExponent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) return true;
  }
  return false;
}

function keepsValue(text: string, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (normalized(text) === normalized(String(n))) return true;
  return INTEGER.test(text) && BigInt(text) === BigInt(n);
}

/** `sign digits e exponent` with leading and trailing zeros removed (`0` for any zero). */
function normalized(text: string): string {
  const m = LITERAL.exec(text);
  if (!m) return text;
  const fraction = m[3] ?? '';
  let digits = `${m[2]}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  const trimmed = digits.replace(/0+$/, '');
  const exponent = Number(m[4] ?? 0) - fraction.length + (digits.length - trimmed.length);
  digits = trimmed;
  return `${m[1]}${digits}E${exponent}`;
}

/** True for a JSON object node value (not `null`, an array or an {@link ExactNumber}). */
export function isObjectNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ExactNumber);
}
