import { describe, expect, it } from 'vitest';
import type { StructureSchema } from '../../schema/index.js';
import { defaultValue, writesDefault, zeroValue } from './defaults.js';
import { structureFromJson } from './deserialize.js';
import { structureToJson } from './serialize.js';
import { JsonNumber } from './text.js';
import { ALL_CODEC_FEATURES as features } from '../../protocols/features.js';
import { SerializationError } from '../serialization-error.js';

const Inner: StructureSchema = {
  type: 'structure',
  name: 'Inner',
  members: {
    greeting: { target: { type: 'string' }, default: 'hi' },
    optional: { target: { type: 'integer' }, default: 0, clientOptional: true },
  },
};
const Outer: StructureSchema = {
  type: 'structure',
  name: 'Outer',
  members: {
    top: { target: { type: 'string' }, default: 'top' },
    inner: { target: Inner },
    blob: { target: { type: 'blob' }, default: 'YWJj' },
    when: { target: { type: 'timestamp' }, default: 1 },
    required: { target: { type: 'long' }, required: true },
    requiredList: { target: { type: 'list', member: { target: { type: 'string' } } }, required: true },
  },
};

describe('@default values', () => {
  it('converts defaults to runtime values', () => {
    expect(defaultValue(Outer.members['blob']!)).toEqual(new Uint8Array([97, 98, 99]));
    expect(defaultValue(Outer.members['when']!)).toEqual(new Date(1000));
    expect(defaultValue(Outer.members['required']!)).toBeUndefined();
    expect(zeroValue({ type: 'timestamp' })).toEqual(new Date(0));
    expect(zeroValue({ type: 'union', name: 'U', members: {} })).toBeUndefined();
  });

  it('client requests skip top-level and clientOptional defaults; responses send all', () => {
    expect(writesDefault(Outer.members['top']!, 'client', true)).toBe(false);
    expect(writesDefault(Inner.members['optional']!, 'client', false)).toBe(false);
    expect(structureToJson(Outer, { inner: {} }, { useJsonName: false, defaults: 'client', features })).toEqual({ inner: { greeting: 'hi' } });
    expect(structureToJson(Outer, {}, { useJsonName: false, defaults: 'all', features })).toEqual({ top: 'top', blob: 'YWJj', when: 1 });
    // a blob default needs the base64 feature: without it (an operation schema that does not list it) a clear error
    expect(() => structureToJson(Outer, {}, { useJsonName: false, defaults: 'all' })).toThrow(SerializationError);
    expect(() => structureToJson(Outer, {}, { useJsonName: false, defaults: 'all' })).toThrow("a blob value needs the codec feature 'base64'");
    expect(structureToJson(Outer, {}, { useJsonName: false })).toEqual({});
  });

  it('readers fill defaults, and clients zero-fill missing required members', () => {
    const wire = { inner: {}, required: new JsonNumber('5') };
    expect(structureFromJson(Outer, wire, { useJsonName: false, strict: true, fillDefaults: true, features })).toEqual({
      top: 'top',
      inner: { greeting: 'hi', optional: 0 },
      blob: new Uint8Array([97, 98, 99]),
      when: new Date(1000),
      required: 5,
    });
    expect(structureFromJson(Outer, {}, { useJsonName: false, strict: false, errorCorrection: true })).toEqual({ required: 0, requiredList: [] });
  });
});
