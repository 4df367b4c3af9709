/**
 * Shape ids as token sequences (Smithy 2.0 IDL "Shape ID" grammar:
 * `Namespace = Identifier *("." Identifier)`, `AbsoluteRootShapeId = Namespace "#" Identifier`,
 * `ShapeId = RootShapeId [ShapeIdMember]`). Each function consumes the tokens and
 * returns the id's source text.
 * @packageDocumentation
 */
import type { TokenCursor } from './cursor.js';
import { Tok } from './tokens.js';

/** `Identifier *("." Identifier)`; returns its end offset. */
function skipNamespace(t: TokenCursor): number {
  t.expect(Tok.IDENTIFIER);
  let end = t.end;
  t.next();
  while (t.kind === Tok.DOT) {
    t.next();
    t.expect(Tok.IDENTIFIER);
    end = t.end;
    t.next();
  }
  return end;
}

/** `Identifier ["$" Identifier]`; returns its end offset. */
function skipRelativeRoot(t: TokenCursor): number {
  t.expect(Tok.IDENTIFIER);
  let end = t.end;
  t.next();
  if (t.kind === Tok.DOLLAR) {
    t.next();
    t.expect(Tok.IDENTIFIER);
    end = t.end;
    t.next();
  }
  return end;
}

/** A namespace (`smithy.example`). */
export function namespaceText(t: TokenCursor): string {
  const start = t.start;
  return t.text.slice(start, skipNamespace(t));
}

/** An absolute shape id, member allowed (`smithy.api#String`, `ns#A$b`). */
export function absoluteShapeIdText(t: TokenCursor): string {
  const start = t.start;
  skipNamespace(t);
  t.expect(Tok.POUND);
  t.next();
  return t.text.slice(start, skipRelativeRoot(t));
}

/** An absolute or relative shape id, member allowed (`String`, `A$b`, `ns#A`). */
export function shapeIdText(t: TokenCursor): string {
  const start = t.start;
  let end = skipNamespace(t);
  if (t.kind === Tok.DOLLAR || t.kind === Tok.POUND) {
    t.next();
    end = skipRelativeRoot(t);
  }
  return t.text.slice(start, end);
}
