/**
 * Event messages against a case's expectations: typed headers (`headers`, `forbidHeaders`,
 * `requireHeaders`) and the body (compared by `bodyMediaType`, as HTTP bodies are), and the bytes a
 * reader receives (`bytes`, base64).
 * @packageDocumentation
 */
import { decodeMessage, splitMessages, unwrapSigned, type EventHeaderValue, type EventMessage } from '@anvil/runtime';
import { checkBody, Failures } from '../wire.js';
import type { TestEvent, TestHeaderValue } from './cases.js';

const base64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** The message bytes of the events of one direction (`bytes` of each; an event without them is skipped). */
export function eventBytes(events: readonly TestEvent[], type: TestEvent['type']): Uint8Array {
  const parts = events.filter((e) => e.type === type && e.bytes !== undefined).map((e) => base64(e.bytes!));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Split a body into its event messages; SigV4-signed envelopes (`:chunk-signature`) are unwrapped and
 * the empty closing envelope dropped.
 * @throws Error on a malformed message (prelude or CRC)
 */
export async function messagesOf(body: Uint8Array): Promise<EventMessage[]> {
  const out: EventMessage[] = [];
  async function* once(): AsyncGenerator<Uint8Array> {
    yield body;
  }
  for await (const bytes of splitMessages(once())) {
    const message = unwrapSigned(decodeMessage(bytes));
    if (message) out.push(message);
  }
  return out;
}

function sameHeader(expected: TestHeaderValue, actual: EventHeaderValue): string | undefined {
  const [type, value] = Object.entries(expected)[0] ?? [];
  const show = (v: unknown) => (v instanceof Uint8Array ? `blob ${Buffer.from(v).toString('base64')}` : v instanceof Date ? v.toISOString() : JSON.stringify(v));
  const got = `${actual.type} ${show(actual.value)}`;
  switch (type) {
    case 'blob':
      return actual.type === 'binary' && Buffer.from(actual.value).toString('base64') === value ? undefined : `expected blob ${String(value)}, got ${got}`;
    case 'timestamp': {
      const want = typeof value === 'number' ? value * 1000 : Date.parse(String(value));
      return actual.type === 'timestamp' && actual.value.getTime() === want ? undefined : `expected timestamp ${String(value)}, got ${got}`;
    }
    default:
      return actual.type === type && actual.value === value ? undefined : `expected ${type} ${JSON.stringify(value)}, got ${got}`;
  }
}

/**
 * Check one written message against its test event.
 * @param label for messages (`event 0`)
 */
export function checkMessage(failures: Failures, label: string, message: EventMessage, expected: TestEvent): void {
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = Object.hasOwn(message.headers, name) ? message.headers[name] : undefined;
    if (!actual) failures.add(`${label} header ${name}: missing`);
    else {
      const diff = sameHeader(value, actual);
      if (diff) failures.add(`${label} header ${name}: ${diff}`);
    }
  }
  for (const name of expected.forbidHeaders ?? []) if (Object.hasOwn(message.headers, name)) failures.add(`${label} header ${name}: forbidden`);
  for (const name of expected.requireHeaders ?? []) if (!Object.hasOwn(message.headers, name)) failures.add(`${label} header ${name}: required but missing`);
  const body = new Failures();
  checkBody(body, message.body.length === 0 ? undefined : message.body, expected.body, expected.bodyMediaType);
  for (const m of body.messages) failures.add(`${label} ${m}`);
}

/** Check the messages of one direction against the events of that type, in order. */
export function checkMessages(failures: Failures, messages: readonly EventMessage[], events: readonly TestEvent[]): void {
  if (messages.length !== events.length) failures.add(`expected ${events.length} event messages, got ${messages.length}`);
  events.forEach((event, i) => {
    const message = messages[i];
    if (message) checkMessage(failures, `event ${i}`, message, event);
  });
}
