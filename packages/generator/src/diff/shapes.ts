/**
 * Shape rules of the API diff: operations, services, resources, structures,
 * unions, enums, lists and maps are compared shape by shape (members by
 * name), following smithy-diff's evaluators (AddedShape, RemovedShape,
 * ChangedShapeType, AddedRequiredMember, ChangedMemberTarget,
 * ChangedOperationInput/Output, Added/RemovedOperationError,
 * Added/RemovedServiceError, Added/RemovedEntityBinding, ChangedEnum,
 * ChangedResourceIdentifiers) — re-implemented here, not ported.
 *
 * Spec: Smithy 2.0 "Shapes", "Service types", "Enum", "Member optionality".
 * @packageDocumentation
 */
import type { MemberShape, Model, Shape, ShapeId } from '@anvil/smithy-model';
import { membersOf } from '@anvil/smithy-model';
import type { PackageKind } from '../emit/package.js';
import { diffTraits } from './traits.js';
import type { Change, ChangeClass, ChangeSubject } from './types.js';

const ALL: readonly PackageKind[] = ['types', 'client', 'msw'];

function isPrelude(id: ShapeId): boolean {
  return id.startsWith('smithy.api#');
}

function make(rule: string, cls: ChangeClass, action: Change['action'], subject: ChangeSubject, id: string, message: string, prev?: unknown, next?: unknown): Change {
  return {
    rule,
    class: cls,
    action,
    subject,
    id,
    message: `${id}: ${message}`,
    ...(prev !== undefined ? { old: prev } : {}),
    ...(next !== undefined ? { new: next } : {}),
    packages: ALL,
  };
}

function addedShape(shape: Shape): Change {
  if (shape.type === 'operation') return make('AddedOperation', 'safe', 'added', 'operation', shape.id, 'operation added');
  if (shape.type === 'service') return make('AddedService', 'safe', 'added', 'service', shape.id, 'service added');
  return make('AddedShape', 'safe', 'added', 'shape', shape.id, `${shape.type} shape added`);
}

function removedShape(shape: Shape): Change {
  if (shape.type === 'operation') return make('RemovedOperation', 'breaking', 'removed', 'operation', shape.id, 'operation removed');
  if (shape.type === 'service') return make('RemovedService', 'breaking', 'removed', 'service', shape.id, 'service removed');
  return make('RemovedShape', 'breaking', 'removed', 'shape', shape.id, `${shape.type} shape removed`);
}

function hasValue(traits: Readonly<Record<string, unknown>>, id: string): boolean {
  return traits[id] !== undefined && traits[id] !== null;
}

function enumValue(m: MemberShape): unknown {
  return m.traits['smithy.api#enumValue'] ?? m.name;
}

function diffEnum(prev: readonly MemberShape[], next: readonly MemberShape[]): Change[] {
  const out: Change[] = [];
  const before = new Map(prev.map((m) => [m.name, m]));
  const after = new Map(next.map((m) => [m.name, m]));
  for (const [name, m] of before) {
    const n = after.get(name);
    if (!n) {
      out.push(make('RemovedEnumValue', 'breaking', 'removed', 'enumValue', m.id, `enum value ${JSON.stringify(enumValue(m))} removed`, enumValue(m)));
      continue;
    }
    if (JSON.stringify(enumValue(m)) !== JSON.stringify(enumValue(n))) {
      out.push(make('ChangedEnumValue', 'breaking', 'changed', 'enumValue', m.id, `enum value changed from ${JSON.stringify(enumValue(m))} to ${JSON.stringify(enumValue(n))}`, enumValue(m), enumValue(n)));
    }
    out.push(...diffTraits({ id: m.id }, m.traits, n.traits));
  }
  for (const [name, n] of after) {
    if (before.has(name)) continue;
    // Adding a value breaks consumers that switch exhaustively over the enum's literal union.
    out.push(make('AddedEnumValue', 'dangerous', 'added', 'enumValue', n.id, `enum value ${JSON.stringify(enumValue(n))} added`, undefined, enumValue(n)));
  }
  return out;
}

function diffMember(prev: MemberShape, next: MemberShape, inInput: boolean): Change[] {
  const out: Change[] = [];
  if (prev.target !== next.target) {
    out.push(make('ChangedMemberTarget', 'breaking', 'changed', 'member', prev.id, `target changed from ${prev.target} to ${next.target}`, prev.target, next.target));
  }
  out.push(...diffTraits({ id: prev.id, inInput }, prev.traits, next.traits));
  return out;
}

function diffMembers(prev: Shape, next: Shape): Change[] {
  const out: Change[] = [];
  const before = new Map(membersOf(prev).map((m) => [m.name, m]));
  const after = new Map(membersOf(next).map((m) => [m.name, m]));
  for (const [name, m] of before) {
    const n = after.get(name);
    if (n) out.push(...diffMember(m, n, next.traits['smithy.api#input'] !== undefined));
    else out.push(make('RemovedMember', 'breaking', 'removed', 'member', m.id, `member removed (target ${m.target})`, m.target));
  }
  for (const [name, n] of after) {
    if (before.has(name)) continue;
    if (next.type === 'union') {
      out.push(make('AddedUnionMember', 'dangerous', 'added', 'member', n.id, `union member added (target ${n.target}); exhaustive switches over the union miss it`, undefined, n.target));
    } else if (hasValue(n.traits, 'smithy.api#required') && !hasValue(n.traits, 'smithy.api#default')) {
      out.push(make('AddedRequiredMember', 'breaking', 'added', 'member', n.id, `required member added without a default (target ${n.target})`, undefined, n.target));
    } else {
      out.push(make('AddedMember', 'safe', 'added', 'member', n.id, `optional member added (target ${n.target})`, undefined, n.target));
    }
  }
  return out;
}

/** Compare two id lists (errors, bindings); `added`/`removed` name the rules. */
function diffRefs(id: string, prev: readonly ShapeId[], next: readonly ShapeId[], subject: ChangeSubject, what: string, rules: [string, ChangeClass, string, ChangeClass]): Change[] {
  const out: Change[] = [];
  const a = new Set(prev);
  const b = new Set(next);
  for (const r of prev) if (!b.has(r)) out.push(make(rules[2], rules[3], 'removed', subject, id, `${what} ${r} removed`, r));
  for (const r of next) if (!a.has(r)) out.push(make(rules[0], rules[1], 'added', subject, id, `${what} ${r} added`, undefined, r));
  return out;
}

function diffKindSpecific(prev: Shape, next: Shape, newModel: Model, oldModel: Model): Change[] {
  const out: Change[] = [];
  if (prev.type === 'operation' && next.type === 'operation') {
    if (prev.input !== next.input) out.push(make('ChangedOperationInput', 'breaking', 'changed', 'operation', prev.id, `input changed from ${prev.input} to ${next.input}`, prev.input, next.input));
    if (prev.output !== next.output) out.push(make('ChangedOperationOutput', 'breaking', 'changed', 'operation', prev.id, `output changed from ${prev.output} to ${next.output}`, prev.output, next.output));
    out.push(...diffRefs(prev.id, prev.errors, next.errors, 'error', 'error', ['AddedOperationError', 'dangerous', 'RemovedOperationError', 'dangerous']));
  } else if ((prev.type === 'service' || prev.type === 'resource') && (next.type === 'service' || next.type === 'resource')) {
    // Newly added or removed operation/resource shapes are reported as such; only re-bindings of shapes present in both models are reported here.
    const both = (r: ShapeId) => oldModel.shapes.has(r) && newModel.shapes.has(r);
    const bound = (s: typeof prev) => [...s.operations, ...s.resources, ...(s.type === 'resource' ? s.collectionOperations : [])].filter(both);
    out.push(...diffRefs(prev.id, bound(prev), bound(next), 'service', 'binding of', ['AddedEntityBinding', 'safe', 'RemovedEntityBinding', 'breaking']));
    if (prev.type === 'service' && next.type === 'service') {
      out.push(...diffRefs(prev.id, prev.errors, next.errors, 'error', 'service error', ['AddedServiceError', 'dangerous', 'RemovedServiceError', 'dangerous']));
    }
    if (prev.type === 'resource' && next.type === 'resource' && JSON.stringify(prev.identifiers) !== JSON.stringify(next.identifiers)) {
      out.push(make('ChangedResourceIdentifiers', 'breaking', 'changed', 'shape', prev.id, 'resource identifiers changed', prev.identifiers, next.identifiers));
    }
  } else if (prev.type === 'enum' || prev.type === 'intEnum') {
    out.push(...diffEnum(membersOf(prev), membersOf(next)));
  } else {
    out.push(...diffMembers(prev, next));
  }
  return out;
}

/**
 * Compare every non-prelude shape of two loaded models.
 * @param oldModel the model before the change
 * @param newModel the model after the change
 * @returns the changes, unsorted
 */
export function diffShapes(oldModel: Model, newModel: Model): Change[] {
  const out: Change[] = [];
  for (const [id, prev] of oldModel.shapes) {
    if (isPrelude(id)) continue;
    const next = newModel.shapes.get(id);
    if (!next) {
      out.push(removedShape(prev));
      continue;
    }
    if (prev.type !== next.type) {
      out.push(make('ChangedShapeType', 'breaking', 'changed', 'shape', id, `shape type changed from ${prev.type} to ${next.type}`, prev.type, next.type));
      continue;
    }
    out.push(...diffTraits({ id }, prev.traits, next.traits));
    out.push(...diffKindSpecific(prev, next, newModel, oldModel));
  }
  for (const [id, next] of newModel.shapes) if (!isPrelude(id) && !oldModel.shapes.has(id)) out.push(addedShape(next));
  return out;
}
