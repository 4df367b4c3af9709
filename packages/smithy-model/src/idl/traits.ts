/**
 * Trait statements (Smithy 2.0 IDL "Traits": `@id`, `@id()`, `@id(value)`,
 * `@id(key: value, ...)`) and the documentation comments that may precede them
 * (Smithy 2.0 IDL "Documentation comments": `///` lines directly before a
 * shape or member and before its traits become `smithy.api#documentation`;
 * anywhere else they document nothing and are dropped without an error).
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import { hasOwn, identifierValue, parseNode } from './node-values.js';
import type { PendingTrait } from './pending.js';
import { shapeIdText } from './shape-id.js';
import type { IdlParser } from './state.js';
import { KEY, TRAIT_VALUE_START, Tok } from './tokens.js';

/** The documentation trait id. */
export const DOCUMENTATION = 'smithy.api#documentation';

/** One trait at the current `@`. */
export function parseTrait(p: IdlParser): PendingTrait {
  const t = p.t;
  const at = t.position();
  t.expect(Tok.AT);
  t.next();
  const name = p.ref(shapeIdText(t), at);
  if (t.kind !== Tok.LPAREN) return { name, value: null, annotation: true };
  t.next();
  t.skipWsAndDocs();
  if (t.is(Tok.RPAREN)) {
    t.next();
    return { name, value: null, annotation: true };
  }
  const trait: PendingTrait = { name, value: null, annotation: false };
  parseTraitBody(p, trait);
  t.skipWsAndDocs();
  t.expect(Tok.RPAREN);
  t.next();
  return trait;
}

/** Zero or more traits, each followed by whitespace or doc comments. */
export function parseTraits(p: IdlParser): PendingTrait[] {
  const t = p.t;
  const traits: PendingTrait[] = [];
  while (t.kind === Tok.AT) {
    traits.push(parseTrait(p));
    t.skipWsAndDocs();
  }
  return traits;
}

/** The value between `(` and `)`: a node value, or the structured form `key: value, ...`. */
function parseTraitBody(p: IdlParser, trait: PendingTrait): void {
  const t = p.t;
  switch (t.expectOneOf(TRAIT_VALUE_START)) {
    case Tok.LBRACE:
    case Tok.LBRACKET:
    case Tok.TEXT_BLOCK:
    case Tok.NUMBER:
      parseNode(p, trait, 'value');
      return;
    case Tok.STRING: {
      const text = t.stringValue;
      t.next();
      t.skipWsAndDocs();
      if (t.kind !== Tok.COLON) {
        trait.value = text;
        return;
      }
      t.next();
      t.skipWsAndDocs();
      trait.value = parseStructured(p, text);
      return;
    }
    default: {
      const at = t.position();
      const word = shapeIdText(t);
      t.skipWsAndDocs();
      if (t.kind === Tok.RPAREN || /[.$#]/.test(word)) {
        identifierValue(p, trait, 'value', word, at);
        return;
      }
      t.expect(Tok.COLON);
      t.next();
      t.skipWsAndDocs();
      trait.value = parseStructured(p, word);
    }
  }
}

/** `key: value, key: value` inside the parentheses, the first key already read. */
function parseStructured(p: IdlParser, firstKey: string): Record<string, unknown> {
  const t = p.t;
  p.deeper();
  const obj: Record<string, unknown> = {};
  parseNode(p, obj, firstKey);
  t.skipWsAndDocs();
  while (t.kind !== Tok.RPAREN) {
    t.expectOneOf(KEY);
    const key = t.stringOrIdentifier();
    const at = t.position();
    t.next();
    t.skipWsAndDocs();
    t.expect(Tok.COLON);
    t.next();
    t.skipWsAndDocs();
    if (hasOwn(obj, key)) t.fail(`Duplicate member of trait: '${key}'`, at);
    parseNode(p, obj, key);
    t.skipWsAndDocs();
  }
  p.leave();
  return obj;
}

/**
 * The doc comment and traits before a shape or member. A doc comment counts only when it comes
 * first; doc comments after the traits are dropped (for members right away, for shapes at the
 * end of the statement).
 */
export function parseDocsAndTraits(p: IdlParser, isMember: boolean): PendingTrait[] {
  const t = p.t;
  t.skipWs();
  let doc: PendingTrait | undefined;
  if (t.kind === Tok.DOC_COMMENT) {
    const at = t.position();
    t.skipWsAndDocs();
    const text = t.takeDocComment();
    if (text !== undefined) doc = docTrait(p, text, at);
  } else {
    t.skipWsAndDocs();
  }
  const traits = parseTraits(p);
  if (doc !== undefined) traits.push(doc);
  t.skipWsAndDocs();
  if (isMember) t.docLines.length = 0;
  return traits;
}

/** `smithy.api#documentation` from `///` lines. */
export function docTrait(p: IdlParser, text: string, at: Offset): PendingTrait {
  return p.impliedTrait(DOCUMENTATION, text, at, true);
}
