/**
 * Where each part of an IDL file's JSON AST came from, so an error the JSON
 * AST loader raises with a JSON path (`$.shapes["ns#A"].members.b.target`)
 * can name the line and column in the `.smithy` file instead.
 * @packageDocumentation
 */
import type { Position } from './lexer.js';

const SHAPE = /^\$\.shapes\[("(?:[^"\\]|\\.)*")\]/;
const MEMBER = /^\.(?:members(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\])|(member|key|value)(?=[.[]|$))/;
const TRAIT = /^\.traits(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*")\])/;

interface MemberSpot {
  readonly at: Position;
  readonly target: Position | undefined;
}

export class SourceSpots {
  private readonly shapes = new Map<string, Position>();
  private readonly members = new Map<string, MemberSpot>();
  private readonly traits = new Map<string, Position>();
  private readonly refs = new Map<string, Position>();

  /** A shape (or `apply` entry) keyed by its id. */
  shape(id: string, at: Position): void {
    this.shapes.set(id, at);
  }

  /** A member: its name and its target. */
  member(memberId: string, at: Position, target: Position | undefined): void {
    this.members.set(memberId, { at, target });
  }

  /** A trait on a shape or member (`owner` is the shape or member id). */
  trait(owner: string, traitId: string, at: Position): void {
    if (!this.traits.has(`${owner} ${traitId}`)) this.traits.set(`${owner} ${traitId}`, at);
  }

  /** A reference of a shape at a JSON path below it (`.mixins[0].target`, `.input.target`, ...). */
  ref(shapeId: string, path: string, at: Position): void {
    this.refs.set(shapeId + path, at);
  }

  /**
   * @param jsonPath a JSON path into this file's AST
   * @returns the best matching source position (falling back to the enclosing member or shape)
   */
  locate(jsonPath: string): Position | undefined {
    const shape = SHAPE.exec(jsonPath);
    if (shape === null) return undefined;
    const id = JSON.parse(shape[1] as string) as string;
    let rest = jsonPath.slice(shape[0].length);
    let owner = id;
    const member = MEMBER.exec(rest);
    if (member !== null) {
      const name = member[1] ?? (member[2] !== undefined ? (JSON.parse(member[2]) as string) : member[3]);
      owner = `${id}$${name}`;
      rest = rest.slice(member[0].length);
    }
    const trait = TRAIT.exec(rest);
    if (trait !== null) {
      const traitId = trait[1] ?? (JSON.parse(trait[2] as string) as string);
      const at = this.traits.get(`${owner} ${traitId.includes('#') ? traitId : `smithy.api#${traitId}`}`);
      if (at !== undefined) return at;
    }
    if (owner !== id) {
      const spot = this.members.get(owner);
      if (spot !== undefined) return rest.startsWith('.target') ? (spot.target ?? spot.at) : spot.at;
    } else {
      const at = this.refs.get(id + rest);
      if (at !== undefined) return at;
    }
    return this.shapes.get(id);
  }
}
