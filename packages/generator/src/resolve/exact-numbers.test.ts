/** Number literals a double would change (`ExactNumber` from the loader) as the resolve stage hands them on. */
import { documentsFromSources, ExactNumber, loadModel } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { resolveService } from './service.js';
import { doubleNumbers } from './traits.js';

const model = `{
  "smithy": "2.0",
  "shapes": {
    "ex#Svc": { "type": "service", "version": "1", "operations": [{ "target": "ex#Put" }], "traits": { "aws.protocols#restJson1": {} } },
    "ex#Put": {
      "type": "operation",
      "input": { "target": "ex#PutInput" },
      "traits": {
        "smithy.api#http": { "method": "POST", "uri": "/" },
        "smithy.api#examples": [{ "title": "big", "input": { "big": -9223372036854775809, "count": 9223372036854775807 } }]
      }
    },
    "ex#PutInput": {
      "type": "structure",
      "members": {
        "big": { "target": "smithy.api#BigInteger", "traits": { "smithy.api#default": -9223372036854775809 } },
        "dec": { "target": "smithy.api#BigDecimal", "traits": { "smithy.api#default": 0.100000000000000000000001 } },
        "count": { "target": "ex#Count", "traits": { "smithy.api#default": 9223372036854775807 } }
      }
    },
    "ex#Count": { "type": "long", "traits": { "smithy.api#range": { "min": 1, "max": 9223372036854775807 } } }
  }
}`;

describe('exact number literals in the resolve stage', () => {
  const svc = resolveService(loadModel(documentsFromSources([{ file: 'exact.json', text: model }])));
  const input = svc.shapes.find((s) => s.id === 'ex#PutInput') as { members: ReadonlyArray<{ name: string; default?: { value: unknown } }> };
  const defaults = Object.fromEntries(input.members.map((m) => [m.name, m.default?.value]));

  it('gives a bigInteger / bigDecimal @default its exact text (the runtime reads such text exactly)', () => {
    expect(defaults.big).toBe('-9223372036854775809');
    expect(defaults.dec).toBe('0.100000000000000000000001');
  });

  it('gives a long @default and @range bound the nearest double, as before', () => {
    expect(defaults.count).toBe(9223372036854775807);
    expect(svc.shapes.find((s) => s.id === 'ex#Count')).toMatchObject({ constraints: { range: { min: 1, max: 2 ** 63 } } });
  });

  it('hands examples on with doubles only (the emitters print them as JSON)', () => {
    expect(svc.examples[0]?.examples[0]?.input).toEqual({ big: -9223372036854775808, count: 2 ** 63 });
  });
});

describe('doubleNumbers', () => {
  it('replaces nested ExactNumbers and returns inputs that hold none unchanged', () => {
    const plain = { a: [1, { b: 'x' }] };
    expect(doubleNumbers(plain)).toBe(plain);
    const withExact = { a: [1, { b: new ExactNumber('1e400') }], c: 2 };
    expect(doubleNumbers(withExact)).toEqual({ a: [1, { b: Infinity }], c: 2 });
    expect(withExact.a[1]).toEqual({ b: new ExactNumber('1e400') }); // the model's value is not changed
  });

  it('keeps a __proto__ key an own property', () => {
    const node = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    Object.defineProperty(node, '__proto__', { value: new ExactNumber('12345678901234567890123'), enumerable: true, writable: true, configurable: true });
    const out = doubleNumbers(node) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(1.2345678901234568e22);
  });
});
