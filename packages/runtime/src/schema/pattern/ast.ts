/**
 * The parse tree of a `@pattern` as `java.util.regex.Pattern` reads it (AWS models are checked with
 * Java's regex engine, so a pattern may use Java syntax beyond ECMA-262: inline flags, possessive
 * quantifiers, `\p{Alpha}`, `\Q…\E`, class intersection). Inline flags are applied while parsing
 * (`(?i)` turns letters into both-case classes, `(?s)` turns `.` into "any"), so the tree has no flags.
 * @packageDocumentation
 */

/** A named character set as ECMAScript writes it: `\d`, `\w`, Java's `\s` (`[\t-\r ]`), or `\p{…}` (Unicode mode). */
export interface EscapeSet {
  readonly t: 'escape';
  /** `d`, `w` (ASCII, as in Java and ECMAScript), `s` (Java's `[\t-\r ]`), or `p` for a Unicode property. */
  readonly name: 'd' | 'w' | 's' | 'p';
  readonly negated: boolean;
  /** ECMAScript property text for `p` (`L`, `Script=Latin`, `ASCII_Hex_Digit`). */
  readonly property?: string;
}

/** One member of a character class: a code point, a range of code points, a named set, or a nested class. */
export type ClassItem = { readonly t: 'char'; readonly cp: number } | { readonly t: 'range'; readonly from: number; readonly to: number } | EscapeSet | CharClass;

/** `[…]`: the union of `items` (negated when `negated`), intersected with each of `and` (Java's `&&`). */
export interface CharClass {
  readonly t: 'class';
  readonly negated: boolean;
  readonly items: readonly ClassItem[];
  readonly and: readonly CharClass[];
}

/** A node of the parse tree. */
export type Node =
  | { readonly t: 'char'; readonly cp: number }
  /** `.` without `(?s)`: any code point except Java's line terminators. With `(?s)`, `all` is true. */
  | { readonly t: 'dot'; readonly all: boolean }
  | EscapeSet
  | CharClass
  /** `^`, `$`, `\b`, `\B`; `\A` / `\z` / `\Z` are the input's start and end. */
  | { readonly t: 'assert'; readonly kind: '^' | '$' | 'b' | 'B' | 'A' | 'z' | 'Z' }
  | { readonly t: 'group'; readonly kind: GroupKind; readonly body: Alternation; readonly name?: string; readonly index?: number }
  | { readonly t: 'backref'; readonly index?: number; readonly name?: string }
  | { readonly t: 'quant'; readonly body: Node; readonly min: number; readonly max: number; readonly mode: 'greedy' | 'lazy' | 'possessive' };

/** Group kinds: capture (numbered), non-capture, lookahead/lookbehind (positive, negative), atomic `(?>…)`. */
export type GroupKind = 'capture' | 'group' | 'ahead' | 'notAhead' | 'behind' | 'notBehind' | 'atomic';

/** Alternatives (`a|b`), each a sequence of nodes. */
export type Alternation = readonly (readonly Node[])[];

/** A parsed pattern. */
export interface ParsedPattern {
  readonly body: Alternation;
  /** `(?m)` at the very start: `^` and `$` match at line boundaries. */
  readonly multiline: boolean;
  /** Numbered capture groups in the pattern. */
  readonly groups: number;
  /** Java-only constructs the pattern uses (`(?i)`, `possessive quantifier`, `\p{Alpha}` …), for reports. */
  readonly java: readonly string[];
}

/** Thrown by the parser for syntax it cannot translate faithfully; the message is the reason. */
export class PatternTranslationError extends Error {
  override readonly name = 'PatternTranslationError';
}
