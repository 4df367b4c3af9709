/**
 * Mock side: codec errors while parsing a request become malformed-request answers.
 * @packageDocumentation
 */
import { MalformedRequestError } from './codec.js';
import { SerializationError } from '../codecs/serialization-error.js';

/** Run mock-side parsing, turning {@link SerializationError}s into 400 `SerializationException` {@link MalformedRequestError}s. */
export function asMalformed<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SerializationError) throw new MalformedRequestError(e.message, 400, 'SerializationException');
    throw e;
  }
}
