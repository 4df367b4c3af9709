/**
 * Every shape defined by the files being loaded (IDL statements and JSON AST
 * entries), for what IDL resolution needs to know about other files: which
 * ids exist (relative id resolution), a shape's type (annotation trait
 * values), its members through its mixins and a resource's identifiers and
 * properties (elided member targets).
 * @packageDocumentation
 */
import { isObjectNode } from '../exact-number.js';
import type { ModelDocument } from '../model/build.js';
import type { IdlDocument, PendingShape } from './pending.js';

type Json = Record<string, unknown>;

interface Entry {
  readonly type: string;
  readonly idl: PendingShape | undefined;
  readonly json: Json | undefined;
}

const isObject = (v: unknown): v is Json => isObjectNode(v);

/** `obj[key]` when it is an own property (`constructor`, `__proto__` are member names, not inherited values). */
const ownValue = (obj: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined);

/** A JSON AST `{ "target": ... }`'s target (prelude names written relatively made absolute). */
function jsonTarget(ref: unknown): string | undefined {
  if (!isObject(ref) || typeof ref.target !== 'string') return undefined;
  return ref.target.includes('#') ? ref.target : `smithy.api#${ref.target}`;
}

/** Shapes by id across every file being loaded (the first definition of an id wins here). */
export class ShapeIndex {
  private readonly entries = new Map<string, Entry>();

  /**
   * @param idl parsed IDL files
   * @param json JSON AST documents loaded with them (malformed ones are skipped here; the loader reports them)
   */
  constructor(idl: readonly IdlDocument[], json: readonly ModelDocument[]) {
    for (const doc of idl) {
      for (const shape of doc.shapes) {
        if (!this.entries.has(shape.id)) this.entries.set(shape.id, { type: shape.type, idl: shape, json: undefined });
      }
    }
    for (const doc of json) {
      const shapes = isObject(doc.json) ? doc.json.shapes : undefined;
      if (!isObject(shapes)) continue;
      for (const id of Object.keys(shapes)) {
        const def = shapes[id];
        if (!isObject(def) || typeof def.type !== 'string' || def.type === 'apply' || this.entries.has(id)) continue;
        this.entries.set(id, { type: def.type, idl: undefined, json: def });
      }
    }
  }

  /** True when a file defines the (root) shape `id`. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The shape type of `id` (`structure`, `list`, ...), undefined when no file defines it. */
  typeOf(id: string): string | undefined {
    return this.entries.get(id)?.type;
  }

  /** The IDL statement defining `id`, if an IDL file defines it. */
  idlShape(id: string): PendingShape | undefined {
    return this.entries.get(id)?.idl;
  }

  /**
   * The target of member `name` of shape `id`, looking through its mixins (in order).
   * @param resolveElided called on an IDL shape before its members are read, so their elided targets are set
   */
  memberTarget(id: string, name: string, resolveElided: (shape: PendingShape) => void, seen = new Set<string>()): string | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined || seen.has(id)) return undefined;
    seen.add(id);
    let mixins: string[];
    if (entry.idl !== undefined) {
      resolveElided(entry.idl);
      const member = entry.idl.members.find((m) => m.name === name);
      if (member?.target !== undefined) return member.target.resolved;
      mixins = entry.idl.mixins.map((m) => m.resolved);
    } else {
      const json = entry.json as Json;
      const own = isObject(json.members) ? ownValue(json.members, name) : name === 'member' || name === 'key' || name === 'value' ? json[name] : undefined;
      const target = jsonTarget(own);
      if (target !== undefined) return target;
      mixins = Array.isArray(json.mixins) ? json.mixins.map(jsonTarget).filter((m): m is string => m !== undefined) : [];
    }
    for (const mixin of mixins) {
      const target = this.memberTarget(mixin, name, resolveElided, seen);
      if (target !== undefined) return target;
    }
    return undefined;
  }

  /** A resource's identifier or property `name` (a property wins), through its mixins. */
  resourceBinding(id: string, name: string, seen = new Set<string>()): string | undefined {
    const entry = this.entries.get(id);
    if (entry === undefined || seen.has(id)) return undefined;
    seen.add(id);
    let found: string | undefined;
    let mixins: string[];
    if (entry.idl !== undefined) {
      const pick = (list: ReadonlyArray<[string, { resolved: string }]> | undefined) => list?.find(([n]) => n === name)?.[1].resolved;
      found = pick(entry.idl.properties) ?? pick(entry.idl.identifiers);
      mixins = entry.idl.mixins.map((m) => m.resolved);
    } else {
      const json = entry.json as Json;
      const pick = (map: unknown) => (isObject(map) ? jsonTarget(ownValue(map, name)) : undefined);
      found = pick(json.properties) ?? pick(json.identifiers);
      mixins = Array.isArray(json.mixins) ? json.mixins.map(jsonTarget).filter((m): m is string => m !== undefined) : [];
    }
    if (found !== undefined) return found;
    for (const mixin of mixins) {
      const target = this.resourceBinding(mixin, name, seen);
      if (target !== undefined) return target;
    }
    return undefined;
  }
}
