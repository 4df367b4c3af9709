import type { OperationSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { fillPayloadToLength } from './payload-length.js';

const Output: StructureSchema = {
  type: 'structure',
  name: 'GetOutput',
  members: {
    Body: { target: { type: 'blob', streaming: true }, httpPayload: true },
    ContentLength: { target: { type: 'long' }, httpHeader: 'Content-Length' },
  },
};
const Get: OperationSchema = { id: 'ex#Get', name: 'Get', input: { type: 'structure', name: 'In', members: {} }, output: Output, errors: [] };

describe('fillPayloadToLength', () => {
  it('an answered Content-Length without a payload gets a payload of that many bytes, repeating the default one', () => {
    const output: Record<string, unknown> = { Body: new TextEncoder().encode('abc'), ContentLength: 10 };
    fillPayloadToLength(Get, output, { ContentLength: 10 });
    expect(new TextDecoder().decode(output['Body'] as Uint8Array)).toBe('abcabcabca');
  });

  it('leaves the payload when the answer gives one, or gives no length, or a length that is not a byte count', () => {
    for (const chosen of [{ ContentLength: 10, Body: new Uint8Array(2) }, {}, { ContentLength: -1 }, { ContentLength: 1.5 }, undefined]) {
      const output: Record<string, unknown> = { Body: Uint8Array.of(1, 2), ContentLength: 10 };
      fillPayloadToLength(Get, output, chosen);
      expect(output['Body']).toEqual(Uint8Array.of(1, 2));
    }
  });

  it('without a default payload the bytes are dots', () => {
    const output: Record<string, unknown> = {};
    fillPayloadToLength(Get, output, { ContentLength: 3 });
    expect(output['Body']).toEqual(new TextEncoder().encode('...'));
  });
});
