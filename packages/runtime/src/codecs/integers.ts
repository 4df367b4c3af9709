/**
 * Ranges of the Smithy integer types (Smithy "Simple types": byte, short, integer, long are
 * 8/16/32/64-bit two's complement), used to reject out-of-range wire values on the mock side.
 * @packageDocumentation
 */

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
