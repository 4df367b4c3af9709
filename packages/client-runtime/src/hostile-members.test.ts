/**
 * Member names that exist on `Object.prototype` (`constructor`, `toString`, `valueOf`, `__proto__` …) are
 * plain data on the client side too: exceptions (`$members`, and no own `toString` that would break
 * `String(error)`), SigV4 query signing, redaction, and JMESPath field access (waiters, endpoint params).
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { ServiceException, RESERVED_EXCEPTION_KEYS } from './exception.js';
import { searchJmes } from './jmespath/index.js';
import { redact } from './redact.js';
import { signRequest as signWeb } from './sign.js';
import { signRequest as signNode } from './sign.node.js';
import { HostileError$ } from './__fixtures__/generated/hostile-members/schemas.js';
import { Sha256 } from '#sha256';

function own(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

class HostileError extends ServiceException {
  override readonly name = 'HostileError';
}

describe('ServiceException with members named like Object.prototype members', () => {
  const members = own({ message: 'gone', constructor: 'word', toString: 'ts', valueOf: 1, ['__proto__']: own({ constructor: 'abc' }), hasOwnProperty: 'h', prototype: 'p', reason: 'r' });
  const error = new HostileError({ members });

  it('keeps every member in $members, as plain own data', () => {
    expect(Object.keys(error.$members)).toEqual(Object.keys(members));
    expect(error.$members['constructor']).toBe('word');
    expect(error.$members['toString']).toBe('ts');
    expect(error.$members['__proto__']).toEqual(own({ constructor: 'abc' }));
    expect(Object.getPrototypeOf(error.$members)).toBe(Object.prototype);
    expect(Object.keys(error)).not.toContain('$members');
  });

  it('copies only the other members onto the instance, so the error still behaves as an error', () => {
    expect((error as unknown as Record<string, unknown>)['reason']).toBe('r');
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype']) {
      expect(RESERVED_EXCEPTION_KEYS.has(name), name).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(error, name), name).toBe(false);
    }
    expect(String(error)).toBe('HostileError: gone');
    expect(`${error}`).toBe('HostileError: gone');
    expect(error).toBeInstanceOf(HostileError);
    expect(error.constructor).toBe(HostileError);
    expect(Object.prototype.hasOwnProperty.call(error, 'reason')).toBe(true);
  });

  it('has an empty $members without members', () => {
    expect(new HostileError().$members).toEqual({});
  });
});

describe('SigV4 with query keys named like Object.prototype members', () => {
  const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
  const signingDate = new Date(Date.UTC(2026, 3, 1, 12, 0, 0));
  const params = { service: 'hostile', region: 'us-east-1', credentials, signingDate };
  const request = (query: Array<[string, string]>) => {
    const url = `https://hostile.example.com/things/x?${query.map(([k, v]) => `${k}=${v}`).join('&')}`;
    return { method: 'GET', target: { protocol: 'https:', hostname: 'hostile.example.com', path: '/things/x', url, host: 'hostile.example.com' }, query, headers: { host: 'hostile.example.com' } };
  };

  it('signs constructor, valueOf, toString like any other key (Node: @smithy/signature-v4 on an independently built query)', async () => {
    const query: Array<[string, string]> = [['constructor', 'a'], ['valueOf', '1'], ['valueOf', '2'], ['toString', 'c']];
    const signed = await signNode(request(query), params);
    const expected = await new SignatureV4({ service: 'hostile', region: 'us-east-1', credentials, sha256: Sha256 }).sign(
      { method: 'GET', protocol: 'https:', hostname: 'hostile.example.com', path: '/things/x', query: own({ constructor: 'a', valueOf: ['1', '2'], toString: 'c' }) as Record<string, string | string[]>, headers: { host: 'hostile.example.com' } },
      { signingDate },
    );
    expect(signed['authorization']).toBe(expected.headers['authorization']);
    expect((await signWeb(request(query), params))['authorization']).toBe(expected.headers['authorization']);
  });

  it('signs a __proto__ key too: Node and browser signers agree, and its value is part of the signature', async () => {
    const query: Array<[string, string]> = [['constructor', 'a'], ['__proto__', 'b'], ['toString', 'c']];
    const node = (await signNode(request(query), params))['authorization'];
    expect(node).toBe((await signWeb(request(query), params))['authorization']);
    const other = (await signNode(request([['constructor', 'a'], ['__proto__', 'B'], ['toString', 'c']]), params))['authorization'];
    expect(other).not.toBe(node);
  });
});

describe('redaction and JMESPath', () => {
  it('redact keeps such member names as data', () => {
    const out = redact(HostileError$, own({ constructor: 'word', ['__proto__']: own({ constructor: 'abc' }) })) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('a JMESPath field named like one reads only the own member', () => {
    expect(searchJmes({}, 'constructor')).toBeNull();
    expect(searchJmes(own({ constructor: 'c' }), 'constructor')).toBe('c');
    expect(searchJmes({ a: {} }, 'a.toString')).toBeNull();
    expect(searchJmes(own({ ['__proto__']: own({ valueOf: 3 }) }), '"__proto__".valueOf')).toBe(3);
  });
});
