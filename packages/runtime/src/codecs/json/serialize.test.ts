import { describe, expect, it } from 'vitest';
import type { StructureSchema } from '../../schema/index.js';
import { parseJsonText, toPlainJson, writeJsonText } from './text.js';
import { structureToJson } from './serialize.js';
import { bigNumberFeature } from './big-numbers.js';

describe('structureToJson', () => {
  it('writes bigInteger / bigDecimal text as valid JSON number literals (no leading zeros), keeping every digit', () => {
    const S: StructureSchema = {
      type: 'structure',
      name: 'S',
      members: { d: { target: { type: 'bigDecimal' } }, i: { target: { type: 'bigInteger' } }, z: { target: { type: 'bigDecimal' } } },
    };
    const text = writeJsonText(structureToJson(S, { d: '007.50', i: '-0012345678901234567890', z: '-00.0e-05' }, { useJsonName: true, features: { bigNumbers: bigNumberFeature } }));
    expect(text).toBe('{"d":7.50,"i":-12345678901234567890,"z":-0.0e-05}');
    // without the bigNumbers feature (an operation schema that does not list it): a clear error naming the member
    expect(() => structureToJson(S, { d: '1' }, { useJsonName: true })).toThrow("a bigDecimal value needs the codec feature 'bigNumbers', which the operation schema's features do not list (at /d)");
    expect(toPlainJson(parseJsonText(text))).toEqual(JSON.parse(text));
  });

  it('reads members as own properties only and writes `__proto__` / `constructor` members as data', () => {
    const members = JSON.parse('{"constructor":{},"__proto__":{},"toString":{}}') as Record<string, { target?: unknown }>;
    for (const m of Object.values(members)) m.target = { type: 'string' };
    const S = { type: 'structure', name: 'S', members } as StructureSchema;
    // unset: nothing inherited from Object.prototype is sent
    expect(structureToJson(S, {}, { useJsonName: true })).toEqual({});
    const value = JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, unknown>;
    const out = structureToJson(S, value, { useJsonName: true });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(writeJsonText(out)).toBe('{"constructor":"c","__proto__":"p"}');
  });
});
