/**
 * Where a part of an IDL file's JSON AST came from: an error the JSON AST
 * loader raises with a JSON path (`$.shapes["ns#A"].members.b.target`) is
 * mapped back to an offset in the `.smithy` file. Nothing is recorded while
 * loading; the parsed file is searched only when an error needs a position.
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import type { IdlDocument, PendingRef, PendingShape, PendingTrait } from './pending.js';

const SHAPE = /^\$\.shapes\[("(?:[^"\\]|\\.)*")\]/;
const MEMBER = /^\.(?:members(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\])|(member|key|value)(?=[.[]|$))/;
const TRAIT = /^\.traits(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])/;
const LIST_REF = /^\.(mixins|errors|operations|resources|collectionOperations)\[(\d+)\]/;
const MAP_REF = /^\.(identifiers|properties)(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])/;
const SINGLE_REF = /^\.(input|output|create|put|read|update|delete|list)\.target/;
const METADATA = /^\$\.metadata(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])/;

/**
 * @param doc a resolved IDL file
 * @param jsonPath a JSON path into the file's JSON AST
 * @returns the offset of the best matching source (falling back to the enclosing member or shape)
 */
export function locateInIdl(doc: IdlDocument, jsonPath: string): Offset | undefined {
  const metadata = METADATA.exec(jsonPath);
  if (metadata !== null) {
    const key = metadata[1] ?? (JSON.parse(metadata[2] as string) as string);
    return doc.metadata.find((m) => m.key === key)?.at;
  }
  const shapeMatch = SHAPE.exec(jsonPath);
  if (shapeMatch === null) return undefined;
  const id = JSON.parse(shapeMatch[1] as string) as string;
  let rest = jsonPath.slice(shapeMatch[0].length);
  const shape = doc.shapes.find((s) => s.id === id);
  let owner = id;
  let memberName: string | undefined;
  const member = MEMBER.exec(rest);
  if (member !== null) {
    memberName = member[1] ?? (member[2] !== undefined ? (JSON.parse(member[2]) as string) : member[3]);
    owner = `${id}$${memberName}`;
    rest = rest.slice(member[0].length);
  }
  const traitMatch = TRAIT.exec(rest);
  if (traitMatch !== null) {
    const raw = traitMatch[1] ?? (JSON.parse(traitMatch[2] as string) as string);
    const traitId = raw.includes('#') ? raw : `smithy.api#${raw}`;
    const at = traitOffset(doc, shape, memberName, owner, traitId);
    if (at !== undefined) return at;
  }
  const applied = doc.applies.find((a) => a.target.resolved === owner || a.target.resolved === id);
  if (shape === undefined) return applied?.target.at;
  if (memberName !== undefined) {
    const m = shape.members.find((x) => x.name === memberName);
    if (m !== undefined) return rest.startsWith('.target') ? (m.target?.at ?? m.at) : m.at;
    return applied?.target.at ?? shape.at;
  }
  return refOffset(shape, rest) ?? shape.at;
}

function traitOffset(doc: IdlDocument, shape: PendingShape | undefined, memberName: string | undefined, owner: string, traitId: string): Offset | undefined {
  const find = (traits: readonly PendingTrait[]) => traits.find((t) => t.name.resolved === traitId)?.name.at;
  const own = memberName === undefined ? shape?.traits : shape?.members.find((m) => m.name === memberName)?.traits;
  const local = own === undefined ? undefined : find(own);
  if (local !== undefined) return local;
  for (const apply of doc.applies) {
    if (apply.target.resolved !== owner) continue;
    const at = find(apply.traits);
    if (at !== undefined) return at;
  }
  return undefined;
}

function refOffset(shape: PendingShape, rest: string): Offset | undefined {
  const list = LIST_REF.exec(rest);
  if (list !== null) return (shape[list[1] as 'mixins'] as readonly PendingRef[])[Number(list[2])]?.at;
  const map = MAP_REF.exec(rest);
  if (map !== null) {
    const name = map[2] ?? (JSON.parse(map[3] as string) as string);
    const entries = map[1] === 'identifiers' ? shape.identifiers : (shape.properties ?? []);
    return entries.find(([n]) => n === name)?.[1].at;
  }
  const single = SINGLE_REF.exec(rest);
  if (single !== null) {
    const key = single[1] as string;
    if (key === 'input' || key === 'output') return shape[key]?.at;
    return shape.lifecycle.find(([n]) => n === key)?.[1].at;
  }
  return undefined;
}
