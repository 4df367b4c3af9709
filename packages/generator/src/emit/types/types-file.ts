/**
 * `src/types.ts` of the types package: one declaration per structure, union,
 * enum and intEnum of the service closure, with TSDoc from the model.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile, type SourceWriter } from '../../files/index.js';
import { RUNTIME } from '../../manifest.js';
import { objectKey, propertyKey, shadowsObjectMember } from '../../naming/index.js';
import type { EnumShapeNode, ServiceNode, StructureShapeNode, UnionShapeNode } from '../../resolve/index.js';
import { typeExpression, type TypeNames } from './type-expression.js';

/** TSDoc note on event stream members (see docs/breadth.md). */
const EVENT_STREAM_NOTE =
  'Event stream (`application/vnd.amazon.eventstream`): an `AsyncIterable` of events. Clients read output streams with `for await` (end early with `break` or the call\'s `abortSignal`) and send input streams from any `AsyncIterable`; mock handlers take an array or an async iterable of events.';

/** TSDoc note on optional members named like a member of `Object` (see {@link optional}). */
const INHERITED_NOTE = (name: string) =>
  `Without its own \`${name}\` member, reading \`${name}\` gives \`Object.prototype.${name}\`, hence \`| Object[${JSON.stringify(name)}]\`: check the type before use.`;

/**
 * The type of an optional member. A member named like a member of `Object` (`constructor`,
 * `toString`, `valueOf` …) also gets that member's type: TypeScript sees `Object`'s members on every
 * object literal (and a read of a missing member does return the inherited one), so without it no
 * literal lacking the member would be assignable.
 */
function optional(name: string, type: string): string {
  return shadowsObjectMember(name) ? `${type} | Object[${JSON.stringify(name)}]` : type;
}

function structure(w: SourceWriter, shape: StructureShapeNode, names: TypeNames): void {
  w.raw(tsdoc(shape));
  if (!shape.members.length) {
    w.line(`export interface ${shape.typeName} {}`);
    return;
  }
  w.block(`export interface ${shape.typeName}`, () => {
    for (const m of shape.members) {
      const type = typeExpression(m.type, names);
      const inherited = shadowsObjectMember(m.name) ? [INHERITED_NOTE(m.name)] : [];
      if (m.eventStream) {
        w.raw(tsdoc({ ...m, notes: [EVENT_STREAM_NOTE, ...inherited] }));
        w.line(`${propertyKey(m.name)}${m.requiredInType ? `: AsyncIterable<${type}>` : `?: ${optional(m.name, `AsyncIterable<${type}>`)}`};`);
      } else if (m.requiredInType) {
        w.raw(tsdoc(m));
        w.line(`${propertyKey(m.name)}: ${type};`);
      } else {
        w.raw(tsdoc({ ...m, notes: inherited }));
        w.line(`${propertyKey(m.name)}?: ${optional(m.name, type)};`);
      }
    }
  });
}

function union(w: SourceWriter, shape: UnionShapeNode, names: TypeNames): void {
  w.raw(tsdoc({ ...shape, notes: ['A union: exactly one member is set. Members the client does not know arrive as `$unknown: [name, value]`.'] }));
  // Members a variant does not set are `?: never`; one named like a member of `Object` is `?: Object["…"]` (see `optional`).
  const never = (name: string) => `${propertyKey(name)}?: ${shadowsObjectMember(name) ? `Object[${JSON.stringify(name)}]` : 'never'}`;
  const variants = shape.members.map((m) => {
    const others = shape.members.filter((o) => o !== m).map((o) => never(o.name));
    return `{ ${[`${propertyKey(m.name)}: ${typeExpression(m.type, names)}`, ...others, '$unknown?: never'].join('; ')} }`;
  });
  const all = [...variants, `{ ${[...shape.members.map((o) => never(o.name)), '$unknown: [string, unknown]'].join('; ')} }`];
  w.line(`export type ${shape.typeName} =`);
  w.indented(() => all.forEach((v, i) => w.line(`| ${v}${i === all.length - 1 ? ';' : ''}`)));
}

function enumeration(w: SourceWriter, shape: EnumShapeNode): void {
  const doc = tsdoc(shape);
  w.raw(doc);
  const literals = shape.values.map((v) => JSON.stringify(v.value));
  w.line(`export type ${shape.typeName} = ${literals.length ? literals.join(' | ') : 'never'};`);
  w.raw(doc);
  w.block(`export const ${shape.typeName} =`, () => {
    for (const v of shape.values) {
      w.raw(tsdoc(v));
      w.line(`${objectKey(v.name)}: ${JSON.stringify(v.value)},`);
    }
  }, ' as const;');
}

/**
 * Emit `src/types.ts` of the types package.
 * @returns the file's text
 */
export function typesFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  // Re-exported for the client and msw packages, which name them through the types package.
  const runtimeTypes = [file.ref(RUNTIME.DocumentType), file.ref(RUNTIME.UnitShape)];
  file.exports.named(undefined, runtimeTypes, true);
  const names: TypeNames = { named: (n) => n, unit: () => RUNTIME.UnitShape.name, document: () => RUNTIME.DocumentType.name };
  const w = file.body;
  for (const shape of service.shapes) {
    if (shape.kind === 'structure') structure(w.separate(), shape, names);
    else if (shape.kind === 'union') union(w.separate(), shape, names);
    else if (shape.kind === 'enum') enumeration(w.separate(), shape);
  }
  return file.toString();
}
