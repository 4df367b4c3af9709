/**
 * Stand-ins for the generated client code (error classes, client, one operation function) over the
 * schemas generated from `fixtures/models/client-drs.json`, and a tiny JSON codec implementing
 * `ProtocolCodec`, for tests only.
 */
import { SerializationError, deref, restJson1 } from '@anvil/runtime';
import type { HttpRequest, HttpResponse, OperationSchema, ParsedError, ProtocolCodec } from '@anvil/runtime';
import { ClientDrsService$ as Service$, RetryDataReplication$ } from './generated/client-drs/schemas.js';
import type { RetryDataReplicationRequest } from './generated/client-drs/types.js';
import { Client, ServiceException, resolveEndpoint } from '../index.js';
import type { ClientConfig, RequestOptions, ServiceExceptionClass } from '../index.js';

export {
  ClientDrsService$ as Service$,
  InternalServerException$,
  ResourceNotFoundException$,
  RetryDataReplication$,
  RetryDataReplicationRequest$,
  SourceServer$,
} from './generated/client-drs/schemas.js';

/** Operation with a given id, for deprecation tests (the warning is once per id per process). */
export function deprecatedOperation(id: string, message?: string): OperationSchema {
  return { ...RetryDataReplication$, id, deprecated: message === undefined ? {} : { message, since: '2024-01-01' } };
}

// ---- "generated" errors.ts -------------------------------------------------
export class DrsServiceException extends ServiceException {}

export class ResourceNotFoundException extends DrsServiceException {
  override readonly name = 'ResourceNotFoundException';
  override readonly $fault = 'client';
  declare readonly code?: string;
  declare readonly resourceId?: string;
  declare readonly resourceType?: string;
}

export class InternalServerException extends DrsServiceException {
  override readonly name = 'InternalServerException';
  override readonly $fault = 'server';
  declare readonly retryAfterSeconds?: number;
}

export const errors: Record<string, ServiceExceptionClass> = { ResourceNotFoundException, InternalServerException };

// ---- a minimal JSON codec ---------------------------------------------------
const enc = new TextEncoder();
const dec = new TextDecoder();

function parseBody(response: HttpResponse): Record<string, unknown> {
  if (!response.body) return {};
  const text = dec.decode(response.body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SerializationError(`body is not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SerializationError('body is not a JSON object');
  return value as Record<string, unknown>;
}

function notImplemented(): never {
  throw new Error('not used by client tests');
}

export const fakeCodec: ProtocolCodec = {
  name: 'restJson1',
  serializeRequest(_service, operation, input): HttpRequest {
    const http = operation.http ?? { method: 'POST', uri: `/${operation.name}`, code: 200 };
    const body = enc.encode(JSON.stringify(input));
    return {
      method: http.method,
      path: http.uri,
      query: [['mode', 'a b'], ['mode', 'c']],
      headers: { 'content-type': 'application/json', 'content-length': String(body.byteLength) },
      body,
    };
  },
  parseResponse(_service, _operation, response) {
    return parseBody(response);
  },
  parseError(service, operation, response): ParsedError {
    const body = parseBody(response);
    const raw = response.headers['x-amzn-errortype'] ?? (typeof body.__type === 'string' ? body.__type : 'Unknown');
    const code = raw.split(':')[0]!.split('#').pop()!;
    const schema = [...operation.errors, ...service.errors].map((e) => deref(e)).find((s) => s.name === code);
    const { __type: _ignored, ...members } = body;
    const message = typeof members.message === 'string' ? members.message : undefined;
    return message === undefined ? { code, schema, members } : { code, schema, members, message };
  },
  matchRequest: notImplemented,
  parseRequest: notImplemented,
  serializeResponse: notImplemented,
  serializeError: notImplemented,
};

// ---- "generated" client.ts + operation -------------------------------------
export class DrsLiteClient extends Client {
  constructor(config: ClientConfig = {}, codec: ProtocolCodec | undefined = fakeCodec) {
    super({ service: Service$, errors, baseException: DrsServiceException, codec: codec ?? restJson1, defaultEndpoint: resolveEndpoint }, config);
  }
}

export function retryDataReplication(client: DrsLiteClient, input: RetryDataReplicationRequest, options?: RequestOptions) {
  return client.send(RetryDataReplication$, input, options);
}
