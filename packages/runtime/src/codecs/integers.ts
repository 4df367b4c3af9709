/**
 * Ranges of the Smithy integer types (Smithy "Simple types": byte, short, integer, long are
 * 8/16/32/64-bit two's complement), used to reject out-of-range wire values on the mock side. The JSON reader and
 * the HTTP-binding scalars take the check as the `integerRanges` codec feature, which only the mock carries.
 * @packageDocumentation
 */
import type { IntegerRangeFeature } from '../schema/index.js';

/** Inclusive range of each Smithy integer type. */
export const INT_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  byte: [-128n, 127n],
  short: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** Is an integer within an inclusive range? */
export function inRange(n: bigint, range: readonly [bigint, bigint]): boolean {
  return n >= range[0] && n <= range[1];
}

/**
 * The range check as a codec feature (mock side: `ALL_CODEC_FEATURES`; generated clients never list it, so the
 * 64-bit range table stays out of their bundles, issue #18).
 */
export const integerRangeFeature: IntegerRangeFeature = {
  outside(type, text) {
    const range = INT_RANGES[type];
    return range && (!/^-?\d+$/.test(text) || !inRange(BigInt(text), range)) ? range : undefined;
  },
};
