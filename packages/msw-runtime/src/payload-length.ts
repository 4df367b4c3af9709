/**
 * An answer that gives a response's `Content-Length` member but not its payload (S3 `GetObject` examples:
 * `ContentLength: 3191` and no `Body`) gets a payload of that many bytes, so the length the client reads — HTTP
 * sends the length of the body actually sent (RFC 9110 §8.6) — is the one the answer gave. The bytes repeat the
 * default payload (fake data) or, without one, are `0x2e` (`.`).
 * @packageDocumentation
 */
import { deref, getOwn, type OperationSchema } from '@anvil/runtime';

/** Largest payload made up this way (bytes): bigger lengths are left to the default payload. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Fill the payload to the answered `Content-Length` (see the module documentation). Changes `output` in place.
 * @param operation the operation answered
 * @param output the output about to be serialised (default merged with the answer)
 * @param chosen the answer itself (override or example output): only lengths it gives, for payloads it leaves out, count
 */
export function fillPayloadToLength(operation: OperationSchema, output: Record<string, unknown>, chosen: unknown): void {
  if (typeof chosen !== 'object' || chosen === null) return;
  const members = Object.entries(deref(operation.output).members);
  const length = members.find(([, m]) => m.httpHeader?.toLowerCase() === 'content-length');
  const payload = members.find(([, m]) => m.httpPayload && deref(m.target).type === 'blob');
  if (!length || !payload || getOwn(chosen, payload[0]) !== undefined) return;
  const bytes = getOwn(chosen, length[0]);
  if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0 || bytes > MAX_BYTES) return;
  const current = getOwn(output, payload[0]);
  const pattern = current instanceof Uint8Array && current.length > 0 ? current : Uint8Array.of(0x2e);
  const body = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) body[i] = pattern[i % pattern.length]!;
  output[payload[0]] = body;
}
