/**
 * Shape and `apply` statements (Smithy 2.0 IDL "Shape section", "Applying
 * traits"): each statement is a doc comment and traits, then a shape type
 * keyword and name, or `apply Target @trait` / `apply Target { @a @b }`.
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import { newShape, type IdlShapeType, type PendingShape, type PendingTrait } from './pending.js';
import { shapeIdText } from './shape-id.js';
import { parseAggregateShape, parseEnumShape, parseSimpleShape } from './shapes.js';
import { parseOperationShape, parseResourceShape, parseServiceShape } from './service-shapes.js';
import type { IdlParser } from './state.js';
import { Tok, type TokenKind } from './tokens.js';

const APPLY_BODY: readonly TokenKind[] = [Tok.AT, Tok.LBRACE];
import { docTrait, parseDocsAndTraits, parseTrait, parseTraits } from './traits.js';

type BodyParser = (p: IdlParser, shape: PendingShape) => void;

const BODIES: ReadonlyMap<string, BodyParser> = new Map<IdlShapeType, BodyParser>([
  ...(['blob', 'boolean', 'document', 'string', 'byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'timestamp'] as const).map(
    (type) => [type, parseSimpleShape] as const,
  ),
  ...(['list', 'set', 'map', 'structure', 'union'] as const).map((type) => [type, parseAggregateShape] as const),
  ['enum', parseEnumShape],
  ['intEnum', parseEnumShape],
  ['service', parseServiceShape],
  ['resource', parseResourceShape],
  ['operation', parseOperationShape],
]);

/**
 * Every statement after the `use` section.
 * @param docAt where doc comments right after the namespace statement started (they document the first shape)
 */
export function parseShapeStatements(p: IdlParser, docAt: Offset): void {
  const t = p.t;
  if (t.kind === Tok.EOF) return;
  t.skipWsAndDocs();
  const docLines = t.takeDocComment();
  const traits = parseDocsAndTraits(p, false);
  if (docLines !== undefined) traits.push(docTrait(p, docLines, docAt));
  if (statementFollows(p, traits, docLines !== undefined)) parseShapeOrApply(p, traits);
  while (!t.is(Tok.EOF)) {
    const hasDoc = t.is(Tok.DOC_COMMENT);
    const more = parseDocsAndTraits(p, false);
    if (statementFollows(p, more, hasDoc)) parseShapeOrApply(p, more);
  }
}

/** False only for a lone doc comment at the end of the file (it documents nothing; no error). */
function statementFollows(p: IdlParser, traits: readonly PendingTrait[], hasDoc: boolean): boolean {
  if (p.t.kind !== Tok.EOF) return true;
  return hasDoc ? traits.length !== 1 : traits.length > 0;
}

function parseShapeOrApply(p: IdlParser, traits: PendingTrait[]): void {
  const t = p.t;
  const at = t.position();
  t.expect(Tok.IDENTIFIER);
  const word = t.lexeme();
  if (word === 'apply') {
    parseApply(p, traits);
    return;
  }
  const body = BODIES.get(word);
  if (body === undefined) return t.fail(`Unknown shape type: ${word}`);
  const type = word as IdlShapeType;
  t.next();
  t.expectAndSkipSpaces();
  const nameAt = t.position();
  t.expect(Tok.IDENTIFIER);
  const name = t.lexeme();
  const imported = p.uses.get(name);
  if (imported !== undefined) t.fail(`Shape name \`${name}\` conflicts with imported shape \`${imported}\``, nameAt);
  const id = p.shapeId(name);
  if (type === 'set' && p.version === '2.0') t.fail('set shapes cannot be used in Smithy version 2.0', at, id);
  if ((type === 'enum' || type === 'intEnum') && p.version === '1.0') t.fail(`${type} shapes cannot be used in Smithy version 1.0`, at, id);
  t.next();
  const shape = newShape(id, type, nameAt);
  body(p, shape);
  shape.traits.push(...traits);
  p.addShape(shape);
  t.expectAndSkipBr();
}

/** `apply Target @trait` or `apply Target { traits }`; only doc comments may precede it (and are dropped). */
function parseApply(p: IdlParser, traits: readonly PendingTrait[]): void {
  const t = p.t;
  if (traits.some((trait) => trait.docComment !== true)) t.fail('Traits applied to apply statement');
  t.next();
  t.expectAndSkipWhitespace();
  const at = t.position();
  const target = p.ref(shapeIdText(t), at);
  t.expectAndSkipWhitespace();
  let applied: PendingTrait[];
  if (t.expectOneOf(APPLY_BODY) === Tok.AT) {
    applied = [parseTrait(p)];
  } else {
    t.next();
    t.skipWsAndDocs();
    applied = parseTraits(p);
    t.skipWsAndDocs();
    t.expect(Tok.RBRACE);
    t.next();
  }
  p.applies.push({ target, traits: applied });
  t.expectAndSkipBr();
}
