/**
 * One event ⇄ one event message (Smithy "Event streams": "Event message serialization"). Format-
 * neutral: `@eventHeader` members become typed headers, an `@eventPayload` blob or string is the raw
 * body, and every document (an `@eventPayload` structure or union, or the members bound to neither —
 * the implicit payload) is written and read by the protocol's {@link BodyCodec}. An event whose
 * members are all headers has an empty body and no `:content-type`.
 * @packageDocumentation
 */
import type { BodyCodec } from '../../codecs/body-codec.js';
import { SerializationError } from '../../codecs/serialization-error.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { deref, getOwn, hasOwnKey, setOwn, type StructureSchema, type UnionSchema } from '../../schema/index.js';
import { fromEventHeader, toEventHeader } from './event-headers.js';
import {
  CONTENT_TYPE,
  ERROR_CODE,
  ERROR_MESSAGE,
  EVENT_TYPE,
  EXCEPTION_TYPE,
  MESSAGE_TYPE,
  stringHeader,
  type EventHeaders,
  type EventMessage,
} from './messages.js';

const OCTET_STREAM = 'application/octet-stream';
const TEXT_PLAIN = 'text/plain';
const EMPTY = new Uint8Array(0);

/** What one received message stands for. */
export type ReadEvent =
  /** A modeled event (`{ [member]: value }`), or `{ $unknown: [eventType, message] }` for an event type the union does not know. */
  | { readonly kind: 'event'; readonly value: Record<string, unknown> }
  /** An RPC protocol's `initial-request` / `initial-response` message (its body is the protocol's document of the other members). */
  | { readonly kind: 'initial'; readonly eventType: string; readonly message: EventMessage }
  /** A modeled exception event (`:message-type: exception`); `schema` is absent for an exception type the union does not model. */
  | { readonly kind: 'exception'; readonly name: string; readonly schema?: StructureSchema; readonly members: Record<string, unknown>; readonly message: EventMessage }
  /** An unmodeled error message (`:message-type: error`, `:error-code`, `:error-message`). */
  | { readonly kind: 'error'; readonly code: string; readonly errorMessage: string };

function eventStructure(union: UnionSchema, name: string, path: string): StructureSchema {
  const target = deref(union.members[name]!.target);
  if (target.type !== 'structure') throw new SerializationError(`event ${name} of ${union.id ?? union.name} targets a ${target.type}, not a structure`, path);
  return target;
}

/**
 * Write one event (a union value with exactly one member set) as a message: `:message-type: event`
 * and `:event-type: <member>`, or for a member targeting an `@error` structure `:message-type:
 * exception` and `:exception-type: <member>`.
 * @throws SerializationError when no or several members are set, the member is not in the union, or a value is wrongly typed
 */
export function writeEvent(union: UnionSchema, event: Record<string, unknown>, codec: BodyCodec): EventMessage {
  const set = Object.keys(event).filter((k) => getOwn(event, k) !== undefined);
  if (set.length !== 1) throw new SerializationError(`an event sets exactly one member of ${union.name}, got ${set.length === 0 ? 'none' : set.join(', ')}`, '/');
  const name = set[0]!;
  if (!hasOwnKey(union.members, name)) throw new SerializationError(`${name} is not an event of ${union.name}`, `/${name}`);
  const structure = eventStructure(union, name, `/${name}`);
  const value = getOwn(event, name);
  if (typeof value !== 'object' || value === null) throw new SerializationError(`event ${name} must be an object`, `/${name}`);
  const { headers, body, contentType } = writeEventBody(structure, value as Record<string, unknown>, codec, `/${name}`);
  const kind: EventHeaders = structure.error
    ? { [MESSAGE_TYPE]: { type: 'string', value: 'exception' }, [EXCEPTION_TYPE]: { type: 'string', value: name } }
    : { [MESSAGE_TYPE]: { type: 'string', value: 'event' }, [EVENT_TYPE]: { type: 'string', value: name } };
  return { headers: { ...kind, ...(contentType ? { [CONTENT_TYPE]: { type: 'string', value: contentType } } : {}), ...headers }, body };
}

/** An unmodeled error message (`:message-type: error`), as services send for failures the model does not describe. */
export function errorMessage(code: string, message: string): EventMessage {
  return {
    headers: {
      [MESSAGE_TYPE]: { type: 'string', value: 'error' },
      [ERROR_CODE]: { type: 'string', value: code },
      [ERROR_MESSAGE]: { type: 'string', value: message },
    },
    body: EMPTY,
  };
}

/** An RPC protocol's initial message: `:event-type: initial-request` / `initial-response` with the other members' document. */
export function initialMessage(eventType: string, body: Uint8Array | undefined, mediaType: string): EventMessage {
  return {
    headers: {
      [MESSAGE_TYPE]: { type: 'string', value: 'event' },
      [EVENT_TYPE]: { type: 'string', value: eventType },
      [CONTENT_TYPE]: { type: 'string', value: mediaType },
    },
    body: body ?? EMPTY,
  };
}

function writeEventBody(structure: StructureSchema, value: Record<string, unknown>, codec: BodyCodec, path: string): { headers: EventHeaders; body: Uint8Array; contentType?: string } {
  const headers: EventHeaders = {};
  let payload: string | undefined;
  const implicit: string[] = [];
  for (const [name, member] of Object.entries(structure.members)) {
    if (member.eventHeader) {
      const v = getOwn(value, name);
      if (v !== undefined && v !== null) setOwn(headers, name, toEventHeader(member, v, `${path}/${name}`));
    } else if (member.eventPayload) payload = name;
    else implicit.push(name);
  }
  if (payload !== undefined) {
    const member = structure.members[payload]!;
    const v = getOwn(value, payload);
    const at = `${path}/${payload}`;
    if (v === undefined || v === null) return { headers, body: EMPTY };
    const target = deref(member.target);
    if (target.type === 'blob') {
      if (v instanceof Uint8Array) return { headers, body: v, contentType: target.mediaType ?? OCTET_STREAM };
      if (typeof v === 'string') return { headers, body: utf8Encode(v), contentType: target.mediaType ?? OCTET_STREAM };
      throw new SerializationError('expected a Uint8Array event payload', at);
    }
    if (target.type === 'string' || target.type === 'enum') {
      if (typeof v !== 'string') throw new SerializationError('expected a string event payload', at);
      return { headers, body: utf8Encode(v), contentType: (target.type === 'string' && target.mediaType) || TEXT_PLAIN };
    }
    return { headers, body: codec.writeValue(member, v, at), contentType: codec.mediaType };
  }
  if (implicit.length === 0) return { headers, body: EMPTY };
  return { headers, body: codec.writeMembers(structure, value, implicit), contentType: codec.mediaType };
}

/**
 * Read one message.
 * @param initialTypes `:event-type` values that are the protocol's initial messages (RPC protocols)
 * @throws SerializationError on a message without a string `:message-type` (or, for events and
 *   exceptions, without a string `:event-type` / `:exception-type`), an unknown message type, or a
 *   body or header the event's members cannot be read from
 */
export function readEvent(union: UnionSchema, message: EventMessage, codec: BodyCodec, initialTypes: readonly string[] = []): ReadEvent {
  const messageType = stringHeader(message, MESSAGE_TYPE);
  if (messageType === undefined) throw new SerializationError('event message without a string :message-type header');
  if (messageType === 'error') {
    return { kind: 'error', code: stringHeader(message, ERROR_CODE) ?? 'Unknown', errorMessage: stringHeader(message, ERROR_MESSAGE) ?? '' };
  }
  if (messageType === 'exception') {
    const name = stringHeader(message, EXCEPTION_TYPE);
    if (name === undefined) throw new SerializationError('exception message without a string :exception-type header');
    if (!hasOwnKey(union.members, name)) return { kind: 'exception', name, members: {}, message };
    const schema = eventStructure(union, name, `/${name}`);
    return { kind: 'exception', name, schema, members: readEventBody(schema, message, codec, `/${name}`), message };
  }
  if (messageType !== 'event') throw new SerializationError(`unknown event stream :message-type ${JSON.stringify(messageType)}`);
  const eventType = stringHeader(message, EVENT_TYPE);
  if (eventType === undefined) throw new SerializationError('event message without a string :event-type header');
  if (!hasOwnKey(union.members, eventType)) {
    if (initialTypes.includes(eventType)) return { kind: 'initial', eventType, message };
    return { kind: 'event', value: { $unknown: [eventType, message] } };
  }
  const value: Record<string, unknown> = {};
  setOwn(value, eventType, readEventBody(eventStructure(union, eventType, `/${eventType}`), message, codec, `/${eventType}`));
  return { kind: 'event', value };
}

function readEventBody(structure: StructureSchema, message: EventMessage, codec: BodyCodec, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const implicit: string[] = [];
  for (const [name, member] of Object.entries(structure.members)) {
    const at = `${path}/${name}`;
    if (member.eventHeader) {
      const header = Object.hasOwn(message.headers, name) ? message.headers[name] : undefined;
      if (header !== undefined) setOwn(out, name, fromEventHeader(member, header, at));
    } else if (member.eventPayload) {
      const target = deref(member.target);
      if (target.type === 'blob') setOwn(out, name, message.body);
      else if (target.type === 'string' || target.type === 'enum') setOwn(out, name, utf8Decode(message.body));
      else if (!codec.isEmpty(message.body)) {
        const v = codec.readValue(member, message.body, at);
        if (v !== undefined) setOwn(out, name, v);
      }
    } else implicit.push(name);
  }
  if (implicit.length > 0) {
    const body = codec.isEmpty(message.body) ? undefined : message.body;
    for (const [k, v] of Object.entries(codec.readMembers(structure, body, implicit))) setOwn(out, k, v);
  }
  return out;
}
