/**
 * Hostile cases found in (or suggested by) the AWS corpus that `hostile.test.ts`
 * does not cover: shape names equal to identifiers the emitters declare
 * (`<Prefix>ServiceException`, `<Prefix>Service$`, `Unit$`, `shapes`, `errors`),
 * operation names whose function/handler names would clash with module names
 * (`Create` → `createHandler`), members and enum members differing only in case,
 * `__proto__` enum members, unnamed 1.0 `@enum` values with quotes / backslashes /
 * newlines / `${`, recursive unions and structures, `smithy.api#Unit` union members,
 * event streams and streaming blobs. Generated code type-checks under strict and
 * importing it runs nothing from the model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTree, tempDir, typecheckGenerated } from './helpers.js';

const ns = 'clash.test';
const S = 'smithy.api#String';
const EVIL_VALUES = ['a"b', 'back\\slash', 'new\nline', '${globalThis.pwned = 1}', '*/', '</script>'];

const error = (members: Record<string, unknown> = {}) => ({
  type: 'structure',
  members: { message: { target: S }, ...members },
  traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 400 },
});
const op = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'operation',
  ...extra,
  traits: { 'smithy.api#http': { method: 'POST', uri: `/${name}`, code: 200 } },
});

/** A 2.0 document whose names collide with everything the emitters declare. */
const model20 = {
  smithy: '2.0',
  shapes: {
    [`${ns}#Service`]: {
      type: 'service',
      version: '1',
      operations: ['Create', 'Errors', 'Shapes', 'Handlers', 'Stream'].map((n) => ({ target: `${ns}#${n}` })),
      errors: [{ target: `${ns}#ClashServiceException` }, { target: `${ns}#errors` }, { target: `${ns}#shapes` }, { target: `${ns}#Readonly` }],
      traits: { 'aws.protocols#restJson1': {} },
    },
    [`${ns}#Create`]: op('Create', { input: { target: `${ns}#ClashClient` }, output: { target: `${ns}#ClashService` } }),
    [`${ns}#Errors`]: op('Errors', { input: { target: `${ns}#UnitShape` } }),
    [`${ns}#Shapes`]: op('Shapes'),
    [`${ns}#Handlers`]: op('Handlers'),
    [`${ns}#Stream`]: op('Stream', { input: { target: `${ns}#StreamInput` }, output: { target: `${ns}#StreamOutput` } }),
    [`${ns}#ClashServiceException`]: error({ Message: { target: S } }),
    [`${ns}#errors`]: error(),
    [`${ns}#shapes`]: error(),
    [`${ns}#Readonly`]: error(),
    [`${ns}#ClashClient`]: {
      type: 'structure',
      members: {
        value: { target: S },
        Value: { target: S },
        VALUE: { target: `${ns}#Unit` },
        choice: { target: `${ns}#Choice` },
        tree: { target: `${ns}#Tree` },
        legacy: { target: `${ns}#Legacy` },
        level: { target: `${ns}#Level` },
      },
    },
    [`${ns}#ClashService`]: { type: 'structure', members: { id: { target: S } } },
    [`${ns}#UnitShape`]: { type: 'structure', members: { unit: { target: `${ns}#Unit` } } },
    [`${ns}#Unit`]: {
      type: 'enum',
      members: {
        A: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'upper' } },
        a: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'lower' } },
        ['__proto__']: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'proto' } },
      },
    },
    [`${ns}#Level`]: {
      type: 'intEnum',
      members: { LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } }, HIGH: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 10 } } },
    },
    [`${ns}#Choice`]: {
      type: 'union',
      members: {
        none: { target: 'smithy.api#Unit' },
        text: { target: S },
        Text: { target: S },
        nested: { target: `${ns}#Choice` },
      },
    },
    [`${ns}#Tree`]: { type: 'structure', members: { children: { target: `${ns}#TreeList` }, parent: { target: `${ns}#Tree` } } },
    [`${ns}#TreeList`]: { type: 'list', member: { target: `${ns}#Tree` } },
    [`${ns}#StreamInput`]: {
      type: 'structure',
      members: { body: { target: `${ns}#Body`, traits: { 'smithy.api#httpPayload': {} } } },
    },
    [`${ns}#StreamOutput`]: {
      type: 'structure',
      members: {
        requestId: { target: S, traits: { 'smithy.api#httpHeader': 'x-request-id' } },
        events: { target: `${ns}#Events`, traits: { 'smithy.api#httpPayload': {} } },
      },
    },
    [`${ns}#Body`]: { type: 'blob', traits: { 'smithy.api#streaming': {} } },
    [`${ns}#Events`]: {
      type: 'union',
      members: { tick: { target: `${ns}#Tick` } },
      traits: { 'smithy.api#streaming': {} },
    },
    [`${ns}#Tick`]: { type: 'structure', members: { at: { target: 'smithy.api#Timestamp' } } },
  },
};

/** A 1.0 document: a string `@enum` without names (stays a string shape with the trait). */
const model10 = {
  smithy: '1.0',
  shapes: {
    [`${ns}#Legacy`]: { type: 'string', traits: { 'smithy.api#enum': EVIL_VALUES.map((value) => ({ value })) } },
  },
};

describe('emitter name clashes and hostile values', () => {
  const dir = tempDir('clash');
  const out = join(dir, 'out');
  let tree: Map<string, string>;

  beforeAll(() => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify(model20));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(model10));
    generate({ models: [join(dir, 'a.json'), join(dir, 'b.json')], out, name: 'clash' });
    tree = readTree(out);
  });

  it('type-checks under strict', () => {
    const r = typecheckGenerated(out, 'clash');
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('renames shapes that collide with emitter identifiers, keeping wire names', () => {
    const errors = tree.get('client/src/errors.ts')!;
    expect(errors).toContain('export class ClashServiceException extends ServiceException {}');
    expect(errors).toContain('export class ClashServiceException2 extends ClashServiceException {');
    expect(errors).toContain('override readonly name = "ClashServiceException";');
    expect(errors).toContain('export class errors2 extends ClashServiceException {');
    expect(errors).toContain('export class shapes2 extends ClashServiceException {');
    expect(errors).toContain('export class Readonly_ extends ClashServiceException {');
    expect(errors).toContain('"errors": errors2,');
    const types = tree.get('types/src/types.ts')!;
    expect(types).toContain('export interface ClashClient2 {');
    expect(types).toContain('export interface ClashService2 {');
    expect(types).toContain('export interface UnitShape_ {');
    expect(types).toContain('export type Unit_ = "upper" | "lower" | "proto";');
    const schemas = tree.get('types/src/schemas.ts')!;
    expect(schemas).toContain('export const ClashService$: ServiceSchema = {');
    expect(schemas).toContain('export const ClashService2$: StructureSchema = {');
    expect(schemas).toContain('export const Unit_$: EnumSchema = {');
  });

  it('keeps operation functions and handlers clear of module names', () => {
    const files = [...tree.keys()].filter((f) => f.startsWith('client/src/operations/')).sort();
    expect(files).toEqual([
      'client/src/operations/create.ts',
      'client/src/operations/errorsOperation.ts',
      'client/src/operations/handlersOperation.ts',
      'client/src/operations/shapesOperation.ts',
      'client/src/operations/stream.ts',
    ]);
    const handlers = tree.get('msw/src/handlers.ts')!;
    expect(handlers).toMatch(/^export function createOperationHandler\(/m);
    expect(handlers).toMatch(/^export function errorsOperationHandler\(/m);
    expect(handlers).not.toMatch(/^export function createHandler\(/m);
  });

  it('types members differing only in case, unions with Unit members and recursion', () => {
    const types = tree.get('types/src/types.ts')!;
    expect(types).toContain('  value?: string;\n');
    expect(types).toContain('  Value?: string;\n');
    expect(types).toContain('  VALUE?: Unit_;\n');
    expect(types).toContain('| { none: UnitShape; text?: never; Text?: never; nested?: never; $unknown?: never }');
    expect(types).toContain('| { nested: Choice; none?: never; text?: never; Text?: never; $unknown?: never }');
    expect(types).toContain('  children?: Array<Tree>;\n');
    expect(types).toContain('  parent?: Tree;\n');
    expect(types).toContain('export type Level = 1 | 10;');
  });

  it('types event streams as AsyncIterable, their unions marked streaming in schemas; streaming blobs stay Uint8Array', () => {
    const types = tree.get('types/src/types.ts')!;
    expect(types).toContain('  events?: AsyncIterable<Events>;\n');
    expect(types).toContain('  body?: Uint8Array;\n');
    const schemas = tree.get('types/src/schemas.ts')!;
    const events = /export const Events\$: UnionSchema = \{\n[\s\S]*?\n\};/.exec(schemas)?.[0];
    expect(events).toContain('id: "clash.test#Events"');
    expect(events).toContain('streaming: true');
    expect(schemas).toContain('export const Body$: BlobSchema = { type: "blob", id: "clash.test#Body", streaming: true };');
  });

  it('keeps enum names and values as data, byte for byte, and runs nothing from the model', async () => {
    const g = globalThis as { pwned?: number };
    delete g.pwned;
    const types = await import(pathToFileURL(join(out, 'types', 'src', 'types.ts')).href);
    const schemas = await import(pathToFileURL(join(out, 'types', 'src', 'schemas.ts')).href);
    expect(g.pwned).toBeUndefined();
    expect(schemas.Legacy$.values).toEqual(EVIL_VALUES);
    expect(Object.values(types.Legacy)).toEqual(EVIL_VALUES);
    expect(Object.keys(types.Legacy)).toEqual(EVIL_VALUES);
    expect(Object.keys(types.Unit_)).toEqual(['A', 'a', '__proto__']);
    expect(Object.getPrototypeOf(types.Unit_)).toBe(Object.prototype);
    expect(types.Unit_.__proto__).toBe('proto');
    expect(readFileSync(join(out, 'types', 'src', 'types.ts'), 'utf8')).toContain('["__proto__"]: "proto",');
  });
});
