/**
 * Compiling Smithy `@pattern` values into cached `RegExp`s.
 *
 * Smithy "Constraint traits" (`@pattern`): the value is an ECMA 262 regular
 * expression, matched with *search* semantics (a match anywhere in the value
 * passes) unless the pattern itself is anchored with `^` / `$`. The pattern is
 * translated from Java syntax where AWS models use it (see {@link compilePattern}) and
 * tested with `RegExp#test`.
 *
 * Nested unbounded quantifiers such as `^([0-9]+)+$` backtrack exponentially
 * in V8 on a near-miss input (the restJson1 `RestJsonMalformedPatternReDOSString`
 * case). {@link compilePattern} rewrites the simple, language-preserving forms
 * `(X+)+`, `(X+)*`, `(X*)+`, `(X*)*` (X one atom, no back-references in the
 * pattern) to `(X+)` / `(X*)`, which matches exactly the same strings.
 * @packageDocumentation
 */

import { translatePattern } from '@anvil/runtime';

/** Error thrown when a `@pattern` has no faithful ECMAScript form. */
export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
  /** @param pattern - the pattern text; @param owner - shape id or path that declares it. */
  /** Why the pattern has no ECMAScript form. */
  readonly reason: string;
  /** @param pattern - the pattern text; @param owner - shape id or path that declares it; @param cause - why. */
  constructor(
    readonly pattern: string,
    owner: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Invalid @pattern ${JSON.stringify(pattern)} on ${owner}: ${reason}`);
    this.reason = reason;
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

/**
 * Compile a Smithy pattern: read as `java.util.regex.Pattern` reads it and printed as ECMAScript with
 * the same meaning ({@link translatePattern} of `@anvil/runtime`: inline flags, possessive quantifiers,
 * POSIX `\p{…}` classes …), with the `u` flag only where a Unicode property needs it.
 * @param source - the `@pattern` text.
 * @param owner - shape id / member path named in the error message.
 * @throws PatternSyntaxError when the pattern has no faithful ECMAScript form (the reason is in the message).
 */
export function compilePattern(source: string, owner = 'unknown shape'): RegExp {
  const translation = translatePattern(source);
  if (!translation.ok) throw new PatternSyntaxError(source, owner, translation.reason);
  return new RegExp(defuseNestedQuantifiers(translation.source), translation.flags);
}

const cache = new WeakMap<object, RegExp | null>();

/**
 * The compiled pattern declared on `holder` (the schema or member object that
 * carries the `pattern` field), compiled once and cached in a `WeakMap`
 * (schemas are immutable data, so the holder identifies the pattern).
 * A pattern with no ECMAScript form gives `undefined` and one warning per pattern
 * ({@link warnPatternOnce}): validation skips that pattern only, fake data ignores it.
 * @param holder - the schema / member object owning the pattern (cache key).
 * @param source - its pattern text.
 * @param owner - shape id / member path for the warning.
 */
export function patternFor(holder: object, source: string, owner = 'unknown shape'): RegExp | undefined {
  let compiled = cache.get(holder);
  if (compiled === undefined) {
    try {
      compiled = compilePattern(source, owner);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      warnPatternOnce(source, owner, `${error.reason}; the mock does not check this pattern`);
      compiled = null;
    }
    cache.set(holder, compiled);
  }
  return compiled ?? undefined;
}

const warned = new Set<string>();

/**
 * `console.warn` once per pattern text (per process): a model pattern the mock cannot honour.
 * @param pattern - the `@pattern` text.
 * @param owner - the shape id (and path) that declares it.
 * @param what - why, and what the mock does instead.
 */
export function warnPatternOnce(pattern: string, owner: string, what: string): void {
  if (warned.has(pattern)) return;
  warned.add(pattern);
  console.warn(`[anvil] @pattern ${JSON.stringify(pattern)} on ${owner}: ${what}`);
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
