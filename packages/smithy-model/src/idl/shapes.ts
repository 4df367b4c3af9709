/**
 * Shape bodies of simple, enum and aggregate shapes (Smithy 2.0 IDL "Simple
 * shapes", "Enum shapes", "Aggregate shapes", "Mixins", "Target elision",
 * "Default value assignment"): `with [...]` mixins, `for` resource binding,
 * members with `$` elided targets and `= value` defaults, enum members with
 * `= value`.
 * @packageDocumentation
 */
import type { Offset } from './lexer.js';
import { parseNode } from './node-values.js';
import type { PendingMember, PendingShape, PendingTrait } from './pending.js';
import { shapeIdText } from './shape-id.js';
import type { IdlParser } from './state.js';
import { ExactNumber } from '../exact-number.js';
import { Tok } from './tokens.js';
import { parseDocsAndTraits } from './traits.js';

const UNIT = 'smithy.api#Unit';
const MIN_INT = -2147483648;
const MAX_INT = 2147483647;

/** `with [A, B]` after a shape name (2.0 only). */
export function parseMixins(p: IdlParser, shape: PendingShape): void {
  const t = p.t;
  t.skipSpaces();
  if (!t.isLexeme('with')) return;
  if (p.version === '1.0') {
    t.fail('Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version `1.0`.', t.position(), shape.id);
  }
  t.next();
  t.skipWsAndDocs();
  t.expect(Tok.LBRACKET);
  t.next();
  t.skipWsAndDocs();
  do {
    const at = t.position();
    shape.mixins.push(p.ref(shapeIdText(t), at));
    t.skipWsAndDocs();
  } while (t.kind !== Tok.RBRACKET);
  t.next();
}

/** A simple shape: only mixins may follow the name. */
export function parseSimpleShape(p: IdlParser, shape: PendingShape): void {
  parseMixins(p, shape);
}

/** `for Resource` after an aggregate shape's name (2.0 only). */
function parseForResource(p: IdlParser, shape: PendingShape): void {
  const t = p.t;
  t.skipSpaces();
  if (!t.isLexeme('for')) return;
  if (p.version === '1.0') {
    t.fail(
      'Structures can only be bound to resources with Smithy version 2 or later. Attempted to bind a structure to a resource with version `1.0`.',
      t.position(),
      shape.id,
    );
  }
  t.next();
  t.expectAndSkipSpaces();
  const at = t.position();
  shape.forResource = p.ref(shapeIdText(t), at);
}

/** list, set, map, structure, union (and inline operation input/output). */
export function parseAggregateShape(p: IdlParser, shape: PendingShape): void {
  parseForResource(p, shape);
  parseMixins(p, shape);
  const t = p.t;
  t.skipWsAndDocs();
  t.docLines.length = 0; // doc comments between the name and `{` document nothing
  t.expect(Tok.LBRACE);
  t.next();
  t.skipWs();
  const names = new Set<string>();
  while (t.kind !== Tok.EOF && t.kind !== Tok.RBRACE) {
    parseMember(p, shape, names);
    t.skipWs();
  }
  t.expect(Tok.RBRACE);
  t.next();
  checkCollectionMembers(p, shape);
}

function parseMember(p: IdlParser, shape: PendingShape, names: Set<string>): void {
  const t = p.t;
  const traits = parseDocsAndTraits(p, true);
  const at = t.position();
  if (t.kind === Tok.RBRACE && traits.length === 1 && traits[0]?.docComment === true) return; // a dangling doc comment
  const elided = t.kind === Tok.DOLLAR;
  if (elided) t.next();
  t.expect(Tok.IDENTIFIER);
  const name = t.lexeme();
  const memberId = `${shape.id}$${name}`;
  if (names.has(name)) t.fail(`Duplicate member of \`${shape.id}\`: '${name}'`, t.position(), shape.id);
  names.add(name);
  if (elided && p.version === '1.0') t.fail('Members can only elide targets in IDL version 2 or later', at, memberId);
  t.next();
  let target;
  if (!elided) {
    t.skipSpaces();
    t.expect(Tok.COLON);
    t.next();
    t.skipSpaces();
    const targetAt = t.position();
    target = p.ref(shapeIdText(t), targetAt);
  }
  t.skipSpaces();
  if (t.kind === Tok.EQUAL) {
    if (p.version === '1.0') t.fail('@default assignment is only supported in IDL version 2 or later', t.position(), memberId);
    traits.push(parseAssignedValue(p, 'smithy.api#default'));
  }
  shape.members.push({ name, at, elided, target, traits });
}

/** `= value` after a member (then an optional comma and a line break): the value as a trait. */
function parseAssignedValue(p: IdlParser, traitId: string): PendingTrait {
  const t = p.t;
  t.next();
  t.skipSpaces();
  const trait = p.impliedTrait(traitId, null, t.position());
  parseNode(p, trait, 'value');
  t.skipSpaces();
  t.skipOptionalComma();
  t.expectAndSkipBr();
  return trait;
}

/** `enum` / `intEnum`: members are names with optional `= value` (and traits). */
export function parseEnumShape(p: IdlParser, shape: PendingShape): void {
  parseMixins(p, shape);
  const t = p.t;
  t.skipWsAndDocs();
  t.expect(Tok.LBRACE);
  t.next();
  t.skipWs();
  const names = new Set<string>();
  while (t.kind !== Tok.EOF && t.kind !== Tok.RBRACE) {
    const traits = parseDocsAndTraits(p, true);
    const at = t.position();
    t.expect(Tok.IDENTIFIER);
    const name = t.lexeme();
    if (names.has(name)) t.fail(`Found conflicting member name, \`${name}\``, at, shape.id);
    names.add(name);
    const member: PendingMember = { name, at, elided: false, target: p.ref(UNIT, at), traits };
    shape.members.push(member);
    t.next();
    t.skipSpaces();
    if (t.kind === Tok.EQUAL) {
      const trait = parseAssignedValue(p, 'smithy.api#enumValue');
      checkEnumValue(p, shape, member, trait.value, trait.name.at);
      traits.push(trait);
    } else {
      t.skipWs();
    }
  }
  t.expect(Tok.RBRACE);
  t.next();
  if (shape.members.length === 0 && shape.mixins.length === 0) t.fail(`${shape.type} shapes must have at least one member`, shape.at, shape.id);
}

function checkEnumValue(p: IdlParser, shape: PendingShape, member: PendingMember, value: unknown, at: Offset): void {
  const id = `${shape.id}$${member.name}`;
  if (shape.type === 'enum') {
    if (typeof value !== 'string') p.t.fail(`enum members can only be assigned string values, but found: ${JSON.stringify(value)}`, at, id);
  } else if (value instanceof ExactNumber && value.isInteger()) {
    p.t.fail(`intEnum members must fit within an integer, but found: ${value.text}`, at, id);
  } else if (typeof value !== 'number' || !Number.isInteger(value)) {
    p.t.fail(`intEnum members require integer values, but found: ${JSON.stringify(value)}`, at, id);
  } else if (value < MIN_INT || value > MAX_INT) {
    p.t.fail(`intEnum members must fit within an integer, but found: ${value}`, at, id);
  }
}

/** Lists have only `member`, maps only `key` and `value`; without mixins they must all be there. */
function checkCollectionMembers(p: IdlParser, shape: PendingShape): void {
  let allowed: readonly string[];
  if (shape.type === 'list' || shape.type === 'set') allowed = ['member'];
  else if (shape.type === 'map') allowed = ['key', 'value'];
  else return;
  for (const m of shape.members) {
    if (!allowed.includes(m.name)) {
      p.t.fail(`Invalid member \`${m.name}\` of ${shape.type} \`${shape.id}\`: expected ${allowed.map((a) => `\`${a}\``).join(' and ')}`, m.at, shape.id);
    }
  }
  if (shape.mixins.length > 0) return;
  const missing = allowed.filter((a) => !shape.members.some((m) => m.name === a));
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'member' : 'members';
    p.t.fail(`Missing required ${noun} of shape \`${shape.id}\`: ${missing.join(', ')}`, shape.at, shape.id);
  }
}
