/**
 * Token-level helpers on top of the {@link Lexer}: the IDL's whitespace rules
 * (`SP`, `WS`, `BR` of Smithy 2.0 "IDL grammar"), expectations, and syntax
 * errors as {@link ModelError}s with file, line, column and a code frame.
 * @packageDocumentation
 */
import { ModelError, codeFrame, lineColumn } from '../errors.js';
import { Lexer, type Offset } from './lexer.js';
import { Tok, describeToken, isWhitespace, type TokenKind } from './tokens.js';

/**
 * A syntax or semantic error in an IDL file.
 * @param file file name
 * @param text the file's text (for the code frame)
 * @param detail what is wrong
 * @param at where
 * @param shapeId the shape or member involved, when known
 */
export function idlError(file: string, text: string, detail: string, at: Offset, shapeId?: string): ModelError {
  const { line, column } = lineColumn(text, at);
  return new ModelError(detail, {
    file,
    line,
    column,
    frame: codeFrame(text, line, column),
    ...(shapeId !== undefined ? { shapeId } : {}),
  });
}

/** The lexer plus the IDL's whitespace and expectation helpers; every failure is a located ModelError. */
export class TokenCursor extends Lexer {
  /** Throws a ModelError at `at` (default: the current token). */
  fail(detail: string, at: Offset = this.position(), shapeId?: string): never {
    throw idlError(this.file, this.text, detail, at, shapeId);
  }

  /** Fails with the current ERROR token's own message and position. */
  private failOnError(): never {
    this.fail(this.errorMessage, this.errorAt);
  }

  /** Requires the current token to be `kind`. */
  expect(kind: TokenKind): void {
    if (this.kind === kind) return;
    if (this.kind === Tok.ERROR) this.failOnError();
    this.fail(`Expected ${describeToken(kind)} but found ${this.describeCurrent()}`);
  }

  /** Requires the current token to be one of `kinds`; returns it. */
  expectOneOf(kinds: readonly TokenKind[]): TokenKind {
    if (kinds.includes(this.kind)) return this.kind;
    if (this.kind === Tok.ERROR) this.failOnError();
    const names = kinds.map((k) => describeToken(k)).join(', ');
    this.fail(`Expected one of ${names}; but found ${this.describeCurrent()}`);
  }

  /** The current token as named in messages: `IDENTIFIER('foo')`, `EOF`. */
  describeCurrent(): string {
    return describeToken(this.kind, this.kind === Tok.EOF ? '' : this.lexeme());
  }

  /** Skips `SP` (spaces and tabs). */
  skipSpaces(): void {
    while (this.kind === Tok.SPACE) this.next();
  }

  skipOptionalComma(): void {
    if (this.kind === Tok.COMMA) this.next();
  }

  /** Skips `WS` (spaces, line breaks, commas, comments), stopping at doc comments. */
  skipWs(): void {
    while (isWhitespace(this.kind)) this.next();
  }

  /** Skips `WS` and doc comments (their lines stay buffered). */
  skipWsAndDocs(): void {
    while (isWhitespace(this.kind) || this.kind === Tok.DOC_COMMENT) this.next();
  }

  /** Requires at least one space, then skips spaces. */
  expectAndSkipSpaces(): void {
    this.expect(Tok.SPACE);
    this.skipSpaces();
  }

  /** Requires whitespace (of any kind), then skips it and doc comments. */
  expectAndSkipWhitespace(): void {
    if (!isWhitespace(this.kind)) {
      if (this.kind === Tok.ERROR) this.failOnError();
      this.fail(`Expected one or more whitespace characters, but found ${this.describeCurrent()}`);
    }
    this.skipWsAndDocs();
  }

  /**
   * Smithy `BR`: optional spaces, then a line break, comment or doc comment (or EOF), then any
   * whitespace. Pending doc comment lines are dropped: they documented nothing.
   */
  expectAndSkipBr(): void {
    this.skipSpaces();
    this.docLines.length = 0;
    const kind = this.kind;
    if (kind === Tok.NEWLINE || kind === Tok.COMMENT || kind === Tok.DOC_COMMENT) {
      this.next();
      this.skipWs();
    } else if (kind !== Tok.EOF) {
      if (kind === Tok.ERROR) this.failOnError();
      this.fail(`Expected a line break, but found ${this.describeCurrent()}`);
    }
  }

  /** Takes the buffered doc comment lines as one string (`undefined` when there are none). */
  takeDocComment(): string | undefined {
    if (this.docLines.length === 0) return undefined;
    const doc = this.docLines.join('\n');
    this.docLines.length = 0;
    return doc;
  }

  /** The current token's text when it is a STRING/TEXT_BLOCK (decoded) or an IDENTIFIER. */
  stringOrIdentifier(): string {
    return this.kind === Tok.IDENTIFIER ? this.lexeme() : this.stringValue;
  }
}
