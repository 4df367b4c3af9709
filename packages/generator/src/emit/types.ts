/**
 * Types emitter: one TypeScript declaration per structure, union, enum and
 * intEnum of the service closure, with TSDoc from the model.
 * @packageDocumentation
 */
import type { MemberShape, Shape, ShapeId } from '@anvil/smithy-model';
import { objectKey, propertyKey } from '../naming.js';
import { tsdoc } from '../docs.js';
import { enumValues, isEventStream, memberDoc, T, trait, type ServiceView } from '../view.js';
import { SourceWriter } from './writer.js';

/** A structure member is optional in TS unless `@required` (and not `@clientOptional`). */
export function isRequiredMember(member: MemberShape): boolean {
  return T.required in member.traits && !(T.clientOptional in member.traits);
}

/**
 * The TypeScript type expression for a member target (type mapping policy in
 * `@anvil/runtime`'s schema.ts).
 * @param view the service view
 * @param target the targeted shape id
 * @param seen list/map ids on the current path (guards against recursive collections)
 */
export function typeExpr(view: ServiceView, target: ShapeId, seen: ReadonlySet<ShapeId> = new Set()): string {
  if (target === 'smithy.api#Unit') return 'UnitShape';
  const shape = view.shape(target);
  switch (shape.type) {
    case 'string':
      return enumValues(shape) ? view.namer.typeName(shape.id) : 'string';
    case 'enum':
    case 'intEnum':
      return view.namer.typeName(shape.id);
    case 'boolean':
      return 'boolean';
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return 'number';
    case 'bigInteger':
      return 'bigint';
    case 'bigDecimal':
      return 'string';
    case 'blob':
      return 'Uint8Array';
    case 'timestamp':
      return 'Date';
    case 'document':
      return 'DocumentType';
    case 'structure':
    case 'union':
      return view.namer.typeName(shape.id);
    case 'list': {
      if (seen.has(shape.id)) return 'unknown[]';
      const next = new Set(seen).add(shape.id);
      const item = typeExpr(view, shape.member.target, next);
      return T.sparse in shape.traits ? `Array<${item} | null>` : `Array<${item}>`;
    }
    case 'map': {
      if (seen.has(shape.id)) return 'Record<string, unknown>';
      const next = new Set(seen).add(shape.id);
      const value = typeExpr(view, shape.value.target, next);
      const v = T.sparse in shape.traits ? `${value} | null` : value;
      const key = typeExpr(view, shape.key.target, next);
      return key === 'string' ? `Record<string, ${v}>` : `Partial<Record<${key}, ${v}>>`;
    }
    default:
      throw new Error(`Shape ${shape.id} of type ${shape.type} cannot be a member target`);
  }
}

/** TSDoc note on event stream members (see docs/breadth.md). */
const EVENT_STREAM_NOTE =
  'Event stream: a sequence of events typed as `AsyncIterable`. The Anvil runtime does not frame event streams yet, so clients and mocks leave this member out.';

function emitStructure(view: ServiceView, w: SourceWriter, shape: Extract<Shape, { type: 'structure' }>): void {
  const name = view.namer.typeName(shape.id);
  w.raw(tsdoc({ documentation: trait(shape.traits, T.documentation), deprecated: trait(shape.traits, T.deprecated) }));
  if (!shape.members.length) {
    w.line(`export interface ${name} {}`);
    return;
  }
  w.block(`export interface ${name}`, () => {
    for (const m of shape.members) {
      if (isEventStream(view, m)) {
        w.raw(tsdoc({ documentation: memberDoc(view, m), deprecated: trait(m.traits, T.deprecated), notes: [EVENT_STREAM_NOTE] }));
        w.line(`${propertyKey(m.name)}?: AsyncIterable<${typeExpr(view, m.target)}>;`);
        continue;
      }
      w.raw(tsdoc({ documentation: memberDoc(view, m), deprecated: trait(m.traits, T.deprecated) }));
      w.line(`${propertyKey(m.name)}${isRequiredMember(m) ? '' : '?'}: ${typeExpr(view, m.target)};`);
    }
  });
}

function emitUnion(view: ServiceView, w: SourceWriter, shape: Extract<Shape, { type: 'union' }>): void {
  const name = view.namer.typeName(shape.id);
  w.raw(tsdoc({
    documentation: trait(shape.traits, T.documentation),
    deprecated: trait(shape.traits, T.deprecated),
    notes: ['A union: exactly one member is set. Members the client does not know arrive as `$unknown: [name, value]`.'],
  }));
  const variants = shape.members.map((m) => {
    const others = shape.members.filter((o) => o !== m).map((o) => `${propertyKey(o.name)}?: never`);
    return `{ ${[`${propertyKey(m.name)}: ${typeExpr(view, m.target)}`, ...others, '$unknown?: never'].join('; ')} }`;
  });
  const unknown = `{ ${[...shape.members.map((o) => `${propertyKey(o.name)}?: never`), '$unknown: [string, unknown]'].join('; ')} }`;
  const all = [...variants, unknown];
  w.line(`export type ${name} =`);
  w.indented(() => all.forEach((v, i) => w.line(`| ${v}${i === all.length - 1 ? ';' : ''}`)));
}

function emitEnum(view: ServiceView, w: SourceWriter, shape: Shape, values: NonNullable<ReturnType<typeof enumValues>>): void {
  const name = view.namer.typeName(shape.id);
  const doc = tsdoc({ documentation: trait(shape.traits, T.documentation), deprecated: trait(shape.traits, T.deprecated) });
  w.raw(doc);
  const literals = values.map((v) => JSON.stringify(v.value));
  w.line(`export type ${name} = ${literals.length ? literals.join(' | ') : 'never'};`);
  w.raw(doc);
  w.block(`export const ${name} =`, () => {
    for (const v of values) {
      w.raw(tsdoc({ documentation: v.doc }));
      w.line(`${objectKey(v.name)}: ${JSON.stringify(v.value)},`);
    }
  }, ' as const;');
}

/**
 * Emit `src/types.ts` of the types package.
 * @returns the file's text
 */
export function emitTypes(view: ServiceView): string {
  const w = new SourceWriter();
  w.line('/* Generated by Anvil from the Smithy model. Do not edit. */');
  w.line("import type { DocumentType, UnitShape } from '@anvil/runtime';");
  w.line();
  w.line('export type { DocumentType, UnitShape };');
  for (const shape of view.shapes) {
    const values = enumValues(shape);
    if (shape.type === 'structure') {
      w.line();
      emitStructure(view, w, shape);
    } else if (shape.type === 'union') {
      w.line();
      emitUnion(view, w, shape);
    } else if (values) {
      w.line();
      emitEnum(view, w, shape, values);
    }
  }
  return w.toString();
}
