/**
 * Smithy `@pattern` values as ECMAScript regular expressions. Smithy ("Constraint traits", `@pattern`)
 * says patterns are ECMA-262, but AWS models are checked with Java's `java.util.regex.Pattern` and use
 * its syntax: inline flags (`(?i)`, `(?s)`), possessive quantifiers, `\p{Alpha}`/`\p{Print}`, `\A`/`\z`,
 * `\x{…}`, class intersection. {@link translatePattern} reads a pattern as Java does and prints
 * ECMAScript with the same meaning (plain ECMAScript patterns keep theirs), plus a simpler form for
 * random-string generators; what has no faithful form is reported with the reason.
 *
 * Known differences kept on purpose: `$` matches only at the very end (ECMAScript, as Smithy says;
 * Java also allows a final line terminator); `\b` and `(?i)` are ASCII-based as in Java's defaults.
 * @packageDocumentation
 */
import { PatternTranslationError, type Alternation, type Node, type ParsedPattern } from './ast.js';
import { parseJavaPattern } from './parse.js';
import { printEcma } from './print-ecma.js';
import { printSample } from './print-sample.js';

export { PatternTranslationError } from './ast.js';
export { SAMPLE_POOL } from './print-sample.js';

/** A `@pattern` translated to ECMAScript. */
export interface TranslatedPattern {
  readonly ok: true;
  /** ECMAScript source with Java's meaning. */
  readonly source: string;
  /** `RegExp` flags: `u` when a Unicode property or a non-BMP character needs it, `m` for a leading `(?m)`. */
  readonly flags: string;
  /** Java-only constructs translated (`(?i)`, `possessive quantifier`, `\p{Alpha}` …); empty for plain ECMAScript. */
  readonly java: readonly string[];
  /**
   * A regex for random-string generators (`randexp` syntax): likely matches, to be tested with the
   * real one. `readable` draws sets from ASCII letters and digits when possible; `lookaheads` prints
   * positive lookaheads as text to produce (patterns whose body alone cannot satisfy them).
   * @throws PatternTranslationError when a set has no sample character.
   */
  sample(readable: boolean, lookaheads?: boolean): string;
  /** Does the pattern have a positive lookahead (worth sampling with `lookaheads`)? */
  readonly lookaheads: boolean;
}

/** A `@pattern` with no faithful ECMAScript form. */
export interface UntranslatablePattern {
  readonly ok: false;
  /** Why, naming the construct and its offset in the pattern. */
  readonly reason: string;
}

/** Does the tree hold a positive lookahead? */
function hasLookahead(body: Alternation): boolean {
  const visit = (n: Node): boolean =>
    n.t === 'group' ? n.kind === 'ahead' || hasLookahead(n.body) : n.t === 'quant' ? visit(n.body) : false;
  return body.some((seq) => seq.some(visit));
}

const cache = new Map<string, TranslatedPattern | UntranslatablePattern>();

function translated(parsed: ParsedPattern): TranslatedPattern | UntranslatablePattern {
  const { source, flags } = printEcma(parsed);
  try {
    new RegExp(source, flags);
  } catch (error) {
    return { ok: false, reason: `the ECMAScript form ${JSON.stringify(source)} does not compile: ${(error as Error).message}` };
  }
  const samples = new Map<string, string>();
  return {
    ok: true,
    source,
    flags,
    java: parsed.java,
    lookaheads: hasLookahead(parsed.body),
    sample(readable, lookaheads = false) {
      const key = `${readable}/${lookaheads}`;
      let text = samples.get(key);
      if (text === undefined) samples.set(key, (text = printSample(parsed, readable, lookaheads)));
      return text;
    },
  };
}

/**
 * Translate a Smithy `@pattern` (Java or ECMAScript syntax) to ECMAScript. Results are cached by text.
 * @param pattern - the `@pattern` value as in the model.
 * @returns the ECMAScript source and flags, or why there is none (never throws).
 */
export function translatePattern(pattern: string): TranslatedPattern | UntranslatablePattern {
  let found = cache.get(pattern);
  if (found === undefined) {
    try {
      found = translated(parseJavaPattern(pattern));
    } catch (error) {
      if (!(error instanceof PatternTranslationError)) throw error;
      found = { ok: false, reason: error.message };
    }
    cache.set(pattern, found);
  }
  return found;
}
