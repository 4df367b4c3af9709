/**
 * Compiling Smithy `@pattern` values into cached `RegExp`s.
 *
 * Smithy "Constraint traits" (`@pattern`): the value is an ECMA 262 regular
 * expression, matched with *search* semantics (a match anywhere in the value
 * passes) unless the pattern itself is anchored with `^` / `$`. The pattern is
 * therefore compiled as-is, without flags, and tested with `RegExp#test`.
 *
 * Nested unbounded quantifiers such as `^([0-9]+)+$` backtrack exponentially
 * in V8 on a near-miss input (the restJson1 `RestJsonMalformedPatternReDOSString`
 * case). {@link compilePattern} rewrites the simple, language-preserving forms
 * `(X+)+`, `(X+)*`, `(X*)+`, `(X*)*` (X one atom, no back-references in the
 * pattern) to `(X+)` / `(X*)`, which matches exactly the same strings.
 * @packageDocumentation
 */

/** Error thrown when a `@pattern` is not a valid ECMAScript regular expression. */
export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
  /** @param pattern - the pattern text; @param owner - shape id or path that declares it. */
  constructor(
    readonly pattern: string,
    owner: string,
    cause: unknown,
  ) {
    super(`Invalid @pattern ${JSON.stringify(pattern)} on ${owner}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Character class, escape, or `(X<q>)<q>` group with a single quantified atom. */
const NESTED_QUANTIFIER =
  /\[(?:\\.|[^\]\\])*\]|\\.|\((\?:)?(\[(?:\\.|[^\]\\])*\]|\\.|[^\\()[\]|?*+{}])([+*])\)([+*])\??/g;
const BACK_REFERENCE = /\\[1-9]|\\k</;

/**
 * Rewrite exponential-backtracking nested quantifiers into equivalent single
 * quantifiers (see the module doc). Returns the source unchanged when the
 * pattern uses back-references (captures must then stay as written).
 * @param source - ECMAScript regex source.
 * @returns a regex source that matches the same language.
 */
export function defuseNestedQuantifiers(source: string): string {
  if (BACK_REFERENCE.test(source)) return source;
  return source.replace(NESTED_QUANTIFIER, (match, nonCapturing: string | undefined, atom: string | undefined, inner: string, outer: string) => {
    if (atom === undefined) return match;
    const quantifier = inner === '+' && outer === '+' ? '+' : '*';
    return `(${nonCapturing ?? ''}${atom}${quantifier})`;
  });
}

const UNICODE_ONLY = /\\[pP]\{|\\u\{/;

/**
 * Compile a Smithy pattern: no flags, except the `u` flag for patterns using
 * Unicode-mode syntax (`\p{L}`, `\u{1F600}`) or only valid in Unicode mode.
 * @param source - the `@pattern` text.
 * @param owner - shape id / member path named in the error message.
 * @throws PatternSyntaxError when the text is not a valid regular expression.
 */
export function compilePattern(source: string, owner = 'unknown shape'): RegExp {
  const defused = defuseNestedQuantifiers(source);
  // `\p{…}` / `\u{…}` only mean something in Unicode mode (in legacy mode they compile as literals).
  if (UNICODE_ONLY.test(source)) {
    try {
      return new RegExp(defused, 'u');
    } catch {
      // fall through to legacy mode
    }
  }
  try {
    return new RegExp(defused);
  } catch (plainError) {
    try {
      return new RegExp(defused, 'u');
    } catch {
      throw new PatternSyntaxError(source, owner, plainError);
    }
  }
}

const cache = new WeakMap<object, RegExp>();

/**
 * The compiled pattern declared on `holder` (the schema or member object that
 * carries the `pattern` field), compiled once and cached in a `WeakMap`
 * (schemas are immutable data, so the holder identifies the pattern).
 * @param holder - the schema / member object owning the pattern (cache key).
 * @param source - its pattern text.
 * @param owner - shape id / member path for error messages.
 * @throws PatternSyntaxError when the pattern does not compile.
 */
export function patternFor(holder: object, source: string, owner?: string): RegExp {
  let compiled = cache.get(holder);
  if (compiled === undefined) {
    compiled = compilePattern(source, owner);
    cache.set(holder, compiled);
  }
  return compiled;
}

/**
 * Number of Unicode code points in `text`: what Smithy `@length` counts for
 * strings ("characters"); a surrogate pair counts once.
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
