/**
 * Checks of client configuration options, all failing with one message shape:
 * `<option> for <service id> must be <what is allowed>, got <value>` (strings quoted).
 * @packageDocumentation
 */

function invalid(option: string, serviceId: string, allowed: string, value: unknown): RangeError {
  return new RangeError(`${option} for ${serviceId} must be ${allowed}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
}

/**
 * Check an integer option.
 * @param value the option's value (its default already applied)
 * @param min smallest allowed value
 * @param max largest allowed value; none when omitted
 * @returns `value`
 * @throws RangeError when `value` is not an integer from `min` to `max` (`… must be an integer >= 1, got 0`)
 */
export function checkInteger(value: number, option: string, serviceId: string, min: number, max?: number): number {
  if (Number.isInteger(value) && value >= min && (max === undefined || value <= max)) return value;
  throw invalid(option, serviceId, max === undefined ? `an integer >= ${min}` : `an integer from ${min} to ${max}`, value);
}

/**
 * Check an option that takes one of a few strings.
 * @param value the option's value; `undefined` (unset) passes
 * @param allowed the allowed values (at least two), named in the message
 * @returns `value`
 * @throws RangeError when `value` is set and not one of `allowed` (`… must be WHEN_SUPPORTED or WHEN_REQUIRED, got "ALWAYS"`)
 */
export function checkChoice<T extends string>(value: T | undefined, allowed: readonly T[], option: string, serviceId: string): T | undefined {
  if (value === undefined || allowed.includes(value)) return value;
  throw invalid(option, serviceId, `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`, value);
}
