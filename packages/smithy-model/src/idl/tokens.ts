/**
 * Token kinds of the Smithy IDL lexer (Smithy 2.0 "IDL lexical tokens") and their
 * names as they appear in syntax errors (`Expected RBRACE('}') but found EOF`).
 * @packageDocumentation
 */

/** Every token kind. Whitespace kinds (SPACE, NEWLINE, COMMA, COMMENT) come first. */
export const Tok = {
  SPACE: 0,
  NEWLINE: 1,
  COMMA: 2,
  COMMENT: 3,
  DOC_COMMENT: 4,
  AT: 5,
  STRING: 6,
  TEXT_BLOCK: 7,
  COLON: 8,
  WALRUS: 9,
  IDENTIFIER: 10,
  DOT: 11,
  POUND: 12,
  DOLLAR: 13,
  NUMBER: 14,
  LBRACE: 15,
  RBRACE: 16,
  LBRACKET: 17,
  RBRACKET: 18,
  LPAREN: 19,
  RPAREN: 20,
  EQUAL: 21,
  EOF: 22,
  ERROR: 23,
} as const;

/** One of the {@link Tok} values. */
export type TokenKind = (typeof Tok)[keyof typeof Tok];

const NAMES: readonly string[] = Object.keys(Tok);

/** A sample lexeme per kind, used when an expected token is named (`RBRACE('}')`). */
const SAMPLES: readonly string[] = [' ', '\n', ',', '//', '///', '@', '"', '"""', ':', ':=', '', '.', '#', '$', '', '{', '}', '[', ']', '(', ')', '=', '', ''];

/** Tokens that start a node value, in the order Smithy lists them in messages. */
export const NODE_VALUE_START: readonly TokenKind[] = [Tok.STRING, Tok.TEXT_BLOCK, Tok.NUMBER, Tok.IDENTIFIER, Tok.LBRACE, Tok.LBRACKET];
/** What may follow `{` or an object entry. */
export const OBJECT_KEY_OR_END: readonly TokenKind[] = [Tok.RBRACE, Tok.STRING, Tok.IDENTIFIER];
/** An object key (trait structure, control and metadata keys). */
export const KEY: readonly TokenKind[] = [Tok.IDENTIFIER, Tok.STRING];
/** What may follow `@id(`. */
export const TRAIT_VALUE_START: readonly TokenKind[] = [Tok.LBRACE, Tok.LBRACKET, Tok.TEXT_BLOCK, Tok.STRING, Tok.NUMBER, Tok.IDENTIFIER];

/** True for SPACE, NEWLINE, COMMA and COMMENT (the IDL's insignificant whitespace; not doc comments). */
export function isWhitespace(kind: TokenKind): boolean {
  return kind <= Tok.COMMENT;
}

/** Longest lexeme quoted in a message; longer ones are cut. */
const MAX_LEXEME = 120;

/**
 * The name of a token kind with a lexeme, as Smithy prints it: `COLON(':')`, or just `EOF`.
 * @param kind the token kind
 * @param lexeme the token's text; omitted → the kind's sample lexeme
 */
export function describeToken(kind: TokenKind, lexeme: string = SAMPLES[kind] ?? ''): string {
  const name = NAMES[kind] ?? 'UNKNOWN';
  if (lexeme.length === 0) return name;
  let shown = lexeme.length > MAX_LEXEME ? `${lexeme.slice(0, MAX_LEXEME)}…` : lexeme;
  shown = shown.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `${name}('${shown}')`;
}
