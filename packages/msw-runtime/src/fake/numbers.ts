/**
 * Fake numbers within Smithy `@range` (inclusive, one-sided bounds allowed) and
 * the value range of the fixed-width integer types.
 * @packageDocumentation
 */
import type { NumberType, RangeConstraint } from '@anvil/runtime';
import { FakeDataError } from './fake-data-error.js';
import type { Rng } from './random.js';

/** Window width used when a bound is open (values stay small and readable). */
const WINDOW = 100;

/** Integral bounds used for fake values: `long` is clamped to the safe-integer range (values are JS numbers). */
const INTEGRAL: Readonly<Record<'byte' | 'short' | 'integer' | 'long', readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Pick a small sub-window of [lo, hi] near the bound that is set (or near 0 when neither is). */
function window(lo: number, hi: number, range: RangeConstraint | undefined): [number, number] {
  if (range?.min !== undefined) return [lo, Math.min(hi, lo + WINDOW)];
  if (range?.max !== undefined) return [Math.max(lo, hi - WINDOW), hi];
  return [Math.max(lo, 0), Math.min(hi, WINDOW)];
}

/**
 * A number value of `type` within `range`: integral types give integers within
 * both the type's range and `range`; `bigInteger` a `bigint`; `bigDecimal` its
 * decimal text; floats are rounded to 2 decimals when that stays in range.
 * @throws FakeDataError when the range is empty for the type (e.g. `{ min: 1.5, max: 1.7 }` on an integer).
 */
export function fakeNumber(type: NumberType, range: RangeConstraint | undefined, rng: Rng, label: string): number | bigint | string {
  if (type === 'float' || type === 'double' || type === 'bigDecimal') {
    const lo = range?.min ?? Number.NEGATIVE_INFINITY;
    const hi = range?.max ?? Number.POSITIVE_INFINITY;
    if (lo > hi) throw new FakeDataError(`empty @range ${lo}..${hi}`, label);
    const [a, b] = window(lo, hi, range);
    let value = Math.round((a + rng.next() * (b - a)) * 100) / 100;
    if (value < lo || value > hi) value = lo === Number.NEGATIVE_INFINITY ? hi : lo;
    return type === 'bigDecimal' ? String(value) : value;
  }
  const [typeLo, typeHi] = type === 'bigInteger' ? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : INTEGRAL[type];
  const lo = Math.max(typeLo, Math.ceil(range?.min ?? typeLo));
  const hi = Math.min(typeHi, Math.floor(range?.max ?? typeHi));
  if (lo > hi) throw new FakeDataError(`no ${type} value within @range ${range?.min ?? ''}..${range?.max ?? ''}`, label);
  const [a, b] = window(lo, hi, range);
  const value = rng.int(a, b);
  return type === 'bigInteger' ? BigInt(value) : value;
}
