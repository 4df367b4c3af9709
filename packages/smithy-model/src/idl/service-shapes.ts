/**
 * Service, resource and operation bodies (Smithy 2.0 IDL "Service shapes",
 * "Resource shapes", "Operation shapes", "Inline input / output shapes"):
 * service and resource properties are node objects whose shape id values
 * resolve like any other reference; operations take `input`/`output` (`: Id`
 * or `:= { inline structure }`, named `<Operation><Suffix>`) and `errors`.
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import { parseEntries, parseNode } from './node-values.js';
import { newShape, type PendingRef, type PendingShape } from './pending.js';
import { shapeIdText } from './shape-id.js';
import { parseAggregateShape, parseMixins } from './shapes.js';
import type { IdlParser } from './state.js';
import { NODE_VALUE_START, Tok, type TokenKind } from './tokens.js';

const IO_SEPARATOR: readonly TokenKind[] = [Tok.COLON, Tok.WALRUS];
import { parseDocsAndTraits } from './traits.js';

const LIFECYCLE: ReadonlySet<string> = new Set(['create', 'put', 'read', 'update', 'delete', 'list']);

/** A shape id given as a node value: a quoted string, a text block or an unquoted id. */
function parseIdValue(p: IdlParser, what: string): PendingRef {
  const t = p.t;
  const at = t.position();
  const kind = t.expectOneOf(NODE_VALUE_START);
  if (kind === Tok.STRING || kind === Tok.TEXT_BLOCK) {
    const raw = t.stringValue;
    t.next();
    return p.ref(raw, at);
  }
  if (kind === Tok.IDENTIFIER && !t.isLexeme('true') && !t.isLexeme('false') && !t.isLexeme('null')) {
    return p.ref(shapeIdText(t), at);
  }
  return t.fail(`Expected ${what} to be a shape id string, but found ${t.describeCurrent()}`);
}

/** `[Id, Id, ...]` as a node array. */
function parseIdArray(p: IdlParser, into: PendingRef[], what: string): void {
  const t = p.t;
  t.expect(Tok.LBRACKET);
  p.deeper();
  t.next();
  t.skipWsAndDocs();
  while (t.kind !== Tok.RBRACKET) {
    into.push(parseIdValue(p, what));
    t.skipWsAndDocs();
  }
  t.next();
  p.leave();
}

/** `{ name: Id, ... }` as a node object. */
function parseIdMap(p: IdlParser, into: Array<[string, PendingRef]>, what: string): void {
  parseEntries(p, (name) => into.push([name, parseIdValue(p, `${what} ${name}`)]));
}

/** A value Anvil does not use (Smithy warns about unknown properties): parsed and dropped. */
function skipValue(p: IdlParser): void {
  parseNode(p, {}, 'ignored');
}

export function parseServiceShape(p: IdlParser, shape: PendingShape): void {
  parseMixins(p, shape);
  const t = p.t;
  t.skipWsAndDocs();
  parseEntries(p, (key) => {
    if (key === 'version') {
      if (t.kind !== Tok.STRING && t.kind !== Tok.TEXT_BLOCK) {
        t.fail(`Expected service property \`version\` to be a string, but found ${t.describeCurrent()}`, t.position(), shape.id);
      }
      shape.version = t.stringValue;
      t.next();
    } else if (key === 'operations' || key === 'resources' || key === 'errors') {
      parseIdArray(p, shape[key], `service ${key}`);
    } else if (key === 'rename') {
      parseRename(p, shape);
    } else {
      skipValue(p);
    }
  });
}

function parseRename(p: IdlParser, shape: PendingShape): void {
  const t = p.t;
  parseEntries(p, (from, at: Offset) => {
    if (!from.includes('#')) t.fail(`rename key \`${from}\` must be an absolute shape id`, at, shape.id);
    if (t.kind !== Tok.STRING && t.kind !== Tok.TEXT_BLOCK) t.fail(`Expected the rename of \`${from}\` to be a string, but found ${t.describeCurrent()}`);
    shape.rename.push([from, t.stringValue, at]);
    t.next();
  });
}

export function parseResourceShape(p: IdlParser, shape: PendingShape): void {
  parseMixins(p, shape);
  const t = p.t;
  t.skipWsAndDocs();
  parseEntries(p, (key, at) => {
    if (key === 'identifiers') {
      parseIdMap(p, shape.identifiers, 'identifier');
    } else if (key === 'properties') {
      if (p.version === '1.0') {
        t.fail('Resource properties can only be used with Smithy version 2 or later. Attempted to use resource properties with version `1.0`.', at, shape.id);
      }
      shape.properties = [];
      parseIdMap(p, shape.properties, 'property');
    } else if (LIFECYCLE.has(key)) {
      shape.lifecycle.push([key, parseIdValue(p, key)]);
    } else if (key === 'operations' || key === 'resources' || key === 'collectionOperations') {
      parseIdArray(p, shape[key], `resource ${key}`);
    } else {
      skipValue(p);
    }
  });
}

export function parseOperationShape(p: IdlParser, shape: PendingShape): void {
  parseMixins(p, shape);
  const t = p.t;
  t.skipWsAndDocs();
  t.expect(Tok.LBRACE);
  t.next();
  t.skipWsAndDocs();
  const seen = new Set<string>();
  while (t.kind !== Tok.EOF && t.kind !== Tok.RBRACE) {
    t.expect(Tok.IDENTIFIER);
    const key = t.lexeme();
    const at = t.position();
    if (seen.has(key)) t.fail(`Duplicate operation ${key} property for \`${shape.id}\``, at, shape.id);
    seen.add(key);
    t.next();
    t.skipWsAndDocs();
    if (key === 'input' || key === 'output') {
      const kind = t.expectOneOf(IO_SEPARATOR);
      t.next();
      shape[key] = parseIoTarget(p, shape, kind, key);
    } else if (key === 'errors') {
      t.expect(Tok.COLON);
      t.next();
      t.skipWsAndDocs();
      parseErrorList(p, shape.errors);
    } else {
      t.fail(`Unknown property ${key} for ${shape.id}`, at, shape.id);
    }
    t.expectAndSkipWhitespace();
  }
  t.expect(Tok.RBRACE);
  t.next();
}

/** `errors: [A, B]`: unquoted shape ids only. */
function parseErrorList(p: IdlParser, into: PendingRef[]): void {
  const t = p.t;
  t.expect(Tok.LBRACKET);
  p.deeper();
  t.next();
  t.skipWsAndDocs();
  while (t.kind !== Tok.EOF && t.kind !== Tok.RBRACKET) {
    t.expect(Tok.IDENTIFIER);
    const at = t.position();
    into.push(p.ref(shapeIdText(t), at));
    t.skipWsAndDocs();
  }
  t.expect(Tok.RBRACKET);
  t.next();
  p.leave();
}

/** The target after `input`/`output`: `: Id`, or `:= [traits] [for R] [with [...]] { members }`. */
function parseIoTarget(p: IdlParser, op: PendingShape, kind: TokenKind, key: 'input' | 'output'): PendingRef {
  const t = p.t;
  if (kind === Tok.COLON) {
    t.skipWsAndDocs();
    const at = t.position();
    return p.ref(shapeIdText(t), at);
  }
  if (p.version === '1.0') {
    t.fail(
      'Inlined operation inputs and outputs can only be used with Smithy version 2 or later. Attempted to use inlined IO with version `1.0`.',
      t.position(),
      op.id,
    );
  }
  t.docLines.length = 0; // doc comments before `:=` document nothing
  t.skipWs();
  const traits = parseDocsAndTraits(p, true);
  const at = t.position();
  traits.push(p.impliedTrait(`smithy.api#${key}`, {}, at));
  const name = op.id.slice(op.id.indexOf('#') + 1) + (key === 'input' ? p.inputSuffix : p.outputSuffix);
  const shape = newShape(p.shapeId(name), 'structure', at);
  parseAggregateShape(p, shape);
  shape.traits.push(...traits);
  p.addShape(shape);
  return p.ref(shape.id, at);
}
