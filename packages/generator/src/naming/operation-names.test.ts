import { describe, expect, it } from 'vitest';
import { Client } from '@anvil/client-runtime';
import { operationFunctionName } from './operation-names.js';

describe('operationFunctionName', () => {
  it('keeps clear of the base client\'s members (send, prepare …): an operation named like one gets the Operation suffix', () => {
    expect(operationFunctionName('Send')).toBe('sendOperation');
    expect(operationFunctionName('Prepare')).toBe('prepareOperation');
    expect(operationFunctionName('PrepareAgent')).toBe('prepareAgent');
  });

  it('keeps clear of every member of the real Client, private ones included (endpoint, streaming, retry …)', () => {
    const client = new Client({ service: { id: 'example#Service', protocol: 'restJson1' } } as ConstructorParameters<typeof Client>[0]);
    const members = [...Object.getOwnPropertyNames(Client.prototype), ...Object.keys(client)];
    expect(members).toEqual(expect.arrayContaining(['send', 'prepare', 'endpoint', 'streaming', 'retry', 'transport']));
    for (const member of members) {
      const upper = member.charAt(0).toUpperCase() + member.slice(1);
      expect(operationFunctionName(upper), member).not.toBe(member);
    }
  });
});
