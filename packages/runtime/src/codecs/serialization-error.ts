/**
 * The error every codec throws for a value it cannot (de)serialise.
 * @packageDocumentation
 */

/** A value could not be (de)serialised: wrong type, unparsable body, bad timestamp. Names the member path. */
export class SerializationError extends Error {
  override readonly name = 'SerializationError';
  /**
   * @param message what went wrong
   * @param path JSON-pointer-like member path (`/sourceServer/tags/key`), when known
   */
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}
