/**
 * Errors of the fake-data generator.
 * @packageDocumentation
 */

/** Thrown when a schema's constraints cannot be satisfied (e.g. an impossible `@pattern` + `@length`, an empty enum). */
export class FakeDataError extends Error {
  override readonly name = 'FakeDataError';
  /**
   * @param reason - what could not be generated.
   * @param location - shape id and JSON pointer of the value, e.g. `com.amazonaws.drs#ARN at /arn`.
   */
  constructor(
    reason: string,
    readonly location: string,
  ) {
    super(`Cannot fake ${location}: ${reason}`);
  }
}
