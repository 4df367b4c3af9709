/**
 * The type mapping policy (docs/breadth.md, `@anvil/runtime` schema.ts): the
 * exact TypeScript type and runtime schema emitted for each Smithy type.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTree, tempDir, typecheckGenerated } from './helpers.js';

const ns = 'types.test';
const p = (t: string) => ({ target: `smithy.api#${t}` });
const own = (t: string) => ({ target: `${ns}#${t}` });

const model = {
  smithy: '2.0',
  shapes: {
    [`${ns}#Service`]: {
      type: 'service',
      version: '1',
      operations: [{ target: `${ns}#Op` }],
      traits: { 'aws.protocols#awsJson1_1': {} },
    },
    [`${ns}#Op`]: { type: 'operation', input: own('AllTypes') },
    [`${ns}#AllTypes`]: {
      type: 'structure',
      members: {
        str: p('String'),
        bool: { ...p('Boolean'), traits: { 'smithy.api#required': {} } },
        byte: p('Byte'),
        short: p('Short'),
        int: p('Integer'),
        long: p('Long'),
        float: p('Float'),
        double: p('Double'),
        bigInt: p('BigInteger'),
        bigDec: p('BigDecimal'),
        blob: p('Blob'),
        stream: own('Stream'),
        time: p('Timestamp'),
        doc: p('Document'),
        color: own('Color'),
        level: own('Level'),
        dense: own('DenseList'),
        sparse: own('SparseList'),
        set: own('UniqueList'),
        map: own('DenseMap'),
        sparseMap: own('SparseMap'),
        byColor: own('ColorMap'),
        optionalRequired: { ...p('String'), traits: { 'smithy.api#required': {}, 'smithy.api#clientOptional': {} } },
      },
    },
    [`${ns}#Stream`]: { type: 'blob', traits: { 'smithy.api#streaming': {} } },
    [`${ns}#Color`]: { type: 'enum', members: { RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } }, GREEN: { target: 'smithy.api#Unit' } } },
    [`${ns}#Level`]: { type: 'intEnum', members: { ONE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } } } },
    [`${ns}#DenseList`]: { type: 'list', member: p('Integer') },
    [`${ns}#SparseList`]: { type: 'list', member: p('String'), traits: { 'smithy.api#sparse': {} } },
    [`${ns}#UniqueList`]: { type: 'set', member: p('String') },
    [`${ns}#DenseMap`]: { type: 'map', key: p('String'), value: p('Long') },
    [`${ns}#SparseMap`]: { type: 'map', key: p('String'), value: p('Document'), traits: { 'smithy.api#sparse': {} } },
    [`${ns}#ColorMap`]: { type: 'map', key: own('Color'), value: own('DenseList') },
  },
};

describe('type mapping policy', () => {
  const dir = tempDir('types');
  const out = join(dir, 'out');
  let types = '';
  let schemas = '';

  beforeAll(() => {
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    generate({ models: [join(dir, 'model.json')], out, name: 'types' });
    const tree = readTree(out);
    types = tree.get('types/src/types.ts')!;
    schemas = tree.get('types/src/schemas.ts')!;
  });

  it('maps every Smithy type to its TypeScript type', () => {
    const body = /export interface AllTypes \{\n([\s\S]*?)\n\}/.exec(types)?.[1];
    expect(body?.split('\n')).toEqual([
      '  str?: string;',
      '  bool: boolean;',
      '  byte?: number;',
      '  short?: number;',
      '  int?: number;',
      '  long?: number;',
      '  float?: number;',
      '  double?: number;',
      '  bigInt?: bigint;',
      '  bigDec?: string;',
      '  blob?: Uint8Array;',
      '  stream?: Uint8Array;',
      '  time?: Date;',
      '  doc?: DocumentType;',
      '  color?: Color;',
      '  level?: Level;',
      '  dense?: Array<number>;',
      '  sparse?: Array<string | null>;',
      '  set?: Array<string>;',
      '  map?: Record<string, number>;',
      '  sparseMap?: Record<string, DocumentType | null>;',
      '  byColor?: Partial<Record<Color, Array<number>>>;',
      '  optionalRequired?: string;',
    ]);
  });

  it('emits enums as literal unions with a const object of values, intEnums as number literals', () => {
    expect(types).toContain('export type Color = "red" | "GREEN";');
    expect(types).toContain('export const Color = {\n  RED: "red",\n  GREEN: "GREEN",\n} as const;');
    expect(types).toContain('export type Level = 1;');
  });

  it('keeps the facts the runtime needs in the schemas', () => {
    expect(schemas).toContain('export const Stream$: BlobSchema = { type: "blob", id: "types.test#Stream", streaming: true };');
    expect(schemas).toContain('export const Color$: EnumSchema = { type: "enum", id: "types.test#Color", values: ["red", "GREEN"] };');
    expect(schemas).toContain('export const Level$: IntEnumSchema = { type: "intEnum", id: "types.test#Level", values: [1] };');
    expect(schemas).toMatch(/export const SparseList\$: ListSchema = \{\n[^}]*member: \{ target: \{ type: "string" \} \},\n\s*sparse: true,/);
    expect(schemas).toMatch(/export const UniqueList\$: ListSchema = \{\n[^}]*member: \{ target: \{ type: "string" \} \},\n\s*uniqueItems: true,/);
    expect(schemas).toContain('bigInt: { target: { type: "bigInteger" } },');
    expect(schemas).toContain('bigDec: { target: { type: "bigDecimal" } },');
    expect(schemas).toContain('optionalRequired: { target: { type: "string" }, required: true, clientOptional: true },');
  });

  it('type-checks under strict', () => {
    const r = typecheckGenerated(out, 'types');
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
