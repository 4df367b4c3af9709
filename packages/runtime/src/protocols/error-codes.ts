/**
 * Error-code resolution shared by the JSON protocols (Smithy "restJson1
 * protocol" / "AWS JSON 1.0 protocol", "Operation error serialization").
 * @packageDocumentation
 */
import type { HeaderMap } from '../http/messages.js';
import { deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { JsonNumber } from '../codecs/json/index.js';
import type { JsonValue } from '../codecs/json/index.js';

/**
 * Sanitise a wire error code: cut at the first `:`, then keep what follows the last `#`.
 * `aws.protocoltests.restjson#FooError:http://internal.amazon.com/...` → `FooError`.
 */
export function sanitizeErrorCode(raw: string): string {
  let code = raw.trim();
  const colon = code.indexOf(':');
  if (colon >= 0) code = code.slice(0, colon);
  const hash = code.lastIndexOf('#');
  if (hash >= 0) code = code.slice(hash + 1);
  return code;
}

/**
 * The raw (unsanitised) error code of a response: the `X-Amzn-Errortype` header, else the body's
 * `code`, else its `__type`.
 * @param headers response headers (any case)
 * @param body the parsed JSON body, when it was an object
 */
export function rawErrorCode(headers: HeaderMap, body: JsonValue | undefined): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'x-amzn-errortype' && v.trim()) return v;
  }
  if (body && typeof body === 'object' && !Array.isArray(body) && !(body instanceof JsonNumber)) {
    for (const key of ['code', '__type']) {
      const v = body[key];
      if (typeof v === 'string' && v.trim()) return v;
    }
  }
  return undefined;
}

/**
 * Find the modeled error schema for a sanitised code: the operation's errors first, then the service's.
 * Matches the schema `name`, or the name part of its shape `id`.
 */
export function findErrorSchema(service: ServiceSchema, operation: OperationSchema, code: string): StructureSchema | undefined {
  for (const list of [operation.errors, service.errors]) {
    for (const thunk of list) {
      const schema = deref(thunk);
      if (schema.name === code || (schema.id !== undefined && schema.id.slice(schema.id.lastIndexOf('#') + 1) === code)) return schema;
    }
  }
  return undefined;
}

/** The error message among parsed members or the raw body: `message`, `Message` or `errorMessage`. */
export function findErrorMessage(members: Record<string, unknown>, body: JsonValue | undefined): string | undefined {
  for (const key of ['message', 'Message', 'errorMessage']) {
    const v = members[key];
    if (typeof v === 'string') return v;
  }
  if (body && typeof body === 'object' && !Array.isArray(body) && !(body instanceof JsonNumber)) {
    for (const key of ['message', 'Message', 'errorMessage']) {
      const v = body[key];
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

/**
 * Copy a body message into the schema's message member when the wire used another spelling
 * (`Message` on the wire, `message` in the model, or the reverse).
 */
export function fillMessageMember(schema: StructureSchema, members: Record<string, unknown>, message: string | undefined): void {
  if (message === undefined) return;
  for (const key of ['message', 'Message', 'errorMessage']) {
    if (key in schema.members && members[key] === undefined) {
      members[key] = message;
      return;
    }
  }
}

/** Status of a modeled error: `@httpError`, else 400 for client faults and 500 for server faults. */
export function errorStatus(error: StructureSchema): number {
  return error.httpError ?? (error.error === 'server' ? 500 : 400);
}
