/**
 * Node values (Smithy 2.0 IDL "Node values"): objects, arrays, quoted strings,
 * text blocks, numbers, `true`/`false`/`null`, and unquoted shape ids, which
 * are strings resolved to absolute shape ids once every file is parsed.
 * Values are written straight into their holder so a pending shape id can be
 * patched in place.
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import { shapeIdText } from './shape-id.js';
import type { IdlParser } from './state.js';
import { NODE_VALUE_START, OBJECT_KEY_OR_END, Tok } from './tokens.js';

/** Something a node value is written into. */
export type Holder = Record<string, unknown> | unknown[];

/** `holder[key] = value`, defining `__proto__` as a plain own property instead of setting the prototype. */
export function put(holder: Holder, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  else (holder as Record<string, unknown>)[key] = value;
}

/** True when `obj` has its own property `key`. */
export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Parses the node value at the current token into `holder[key]`.
 * @throws ModelError on a syntax error
 */
export function parseNode(p: IdlParser, holder: Holder, key: string | number): void {
  const t = p.t;
  switch (t.expectOneOf(NODE_VALUE_START)) {
    case Tok.STRING:
    case Tok.TEXT_BLOCK:
      put(holder, key, t.stringValue);
      t.next();
      return;
    case Tok.NUMBER:
      put(holder, key, t.numberValue);
      t.next();
      return;
    case Tok.IDENTIFIER: {
      const at = t.position();
      identifierValue(p, holder, key, shapeIdText(t), at);
      return;
    }
    case Tok.LBRACE: {
      const obj: Record<string, unknown> = {};
      put(holder, key, obj);
      parseObject(p, obj);
      return;
    }
    default:
      put(holder, key, parseArray(p));
  }
}

/** An unquoted word as a value: `true`, `false`, `null`, or a shape id to resolve. */
export function identifierValue(p: IdlParser, holder: Holder, key: string | number, word: string, at: Offset): void {
  if (word === 'true') put(holder, key, true);
  else if (word === 'false') put(holder, key, false);
  else if (word === 'null') put(holder, key, null);
  else {
    put(holder, key, word);
    p.nodeRefs.push({ holder, key, raw: word, at });
  }
}

function parseArray(p: IdlParser): unknown[] {
  const t = p.t;
  const out: unknown[] = [];
  t.expect(Tok.LBRACKET);
  p.deeper();
  t.next();
  t.skipWsAndDocs();
  while (t.kind !== Tok.RBRACKET) {
    parseNode(p, out, out.length);
    t.skipWsAndDocs();
  }
  t.next();
  p.leave();
  return out;
}

/** `{ key: value, ... }` into `obj` (the hot path of {@link parseEntries}, without a callback). */
function parseObject(p: IdlParser, obj: Record<string, unknown>): void {
  const t = p.t;
  p.deeper();
  t.next();
  t.skipWsAndDocs();
  while (!t.is(Tok.EOF)) {
    if (t.expectOneOf(OBJECT_KEY_OR_END) === Tok.RBRACE) break;
    const key = t.stringOrIdentifier();
    const at = t.position();
    t.next();
    t.skipWsAndDocs();
    t.expect(Tok.COLON);
    t.next();
    t.skipWsAndDocs();
    if (hasOwn(obj, key)) t.fail(`Duplicate member: '${key}'`, at);
    parseNode(p, obj, key);
    t.skipWsAndDocs();
  }
  t.expect(Tok.RBRACE);
  t.next();
  p.leave();
}

/**
 * The entries of an object node (`{ key: value, ... }`, keys quoted or identifiers):
 * for each key, `onEntry` parses the value at the current token.
 * @throws ModelError on a syntax error or a duplicate key
 */
export function parseEntries(p: IdlParser, onEntry: (key: string, at: Offset) => void): void {
  const t = p.t;
  t.expect(Tok.LBRACE);
  p.deeper();
  t.next();
  t.skipWsAndDocs();
  const seen = new Set<string>();
  while (t.kind !== Tok.EOF) {
    if (t.expectOneOf(OBJECT_KEY_OR_END) === Tok.RBRACE) break;
    const key = t.stringOrIdentifier();
    const at = t.position();
    t.next();
    t.skipWsAndDocs();
    t.expect(Tok.COLON);
    t.next();
    t.skipWsAndDocs();
    if (seen.has(key)) t.fail(`Duplicate member: '${key}'`, at);
    seen.add(key);
    onEntry(key, at);
    t.skipWsAndDocs();
  }
  t.expect(Tok.RBRACE);
  t.next();
  p.leave();
}
