/**
 * Pattern-driven strings: `randexp` generates a candidate from the regex's
 * parse tree, with its randomness routed through a seeded {@link Rng} and its
 * repetition counts kept near each quantifier's lower bound (`{16,2044}`
 * yields 16 plus a few, `*` / `+` a handful), so values stay short.
 * @packageDocumentation
 */
import * as randexpModule from 'randexp';
import type { Rng } from './random.js';

type RandExpClass = typeof import('randexp').default;
type RandExpToken = Parameters<InstanceType<RandExpClass>['_gen']>[0];
type RandExpSetToken = Parameters<InstanceType<RandExpClass>['_expand']>[0];
type DRangeLike = ReturnType<InstanceType<RandExpClass>['_expand']>;

/**
 * `randexp` is CommonJS (`module.exports = RandExp`) while its typings declare
 * an ES default export; depending on the loader the class is the namespace's
 * `default`, or `default.default`. Resolve it once.
 */
function resolveRandExp(): RandExpClass {
  const ns = randexpModule as unknown as { default?: unknown };
  const first = ns.default as (RandExpClass & { default?: RandExpClass }) | undefined;
  const found = typeof first?.default === 'function' ? first.default : first ?? (randexpModule as unknown as RandExpClass);
  if (typeof found !== 'function') throw new Error('randexp: could not resolve the RandExp class from the module');
  return found;
}

/** `ret` token types of repetitions (`types.REPETITION`) and sets (`types.SET`). */
const REPETITION = 5;
const SET = 3;

interface RepetitionToken {
  readonly type: 5;
  readonly min: number;
  readonly max: number;
  readonly value: RandExpToken;
}

const RandExp = resolveRandExp();

/** A `randexp` generator with seeded randomness, short repetitions and cached character sets. */
class BoundedRandExp extends RandExp {
  /** The sequence used by the next {@link gen} call. */
  rng: Rng | undefined;
  /** How many repetitions above a quantifier's minimum may be generated (random count in [min, min + stretch]). */
  stretch = 3;
  /** When set, every quantifier repeats exactly `min + fixedExtra` times (capped at its max). */
  fixedExtra: number | undefined;
  /** Quantifiers expanded during the last {@link gen} call. */
  repetitions = 0;
  private readonly sets = new Map<RandExpSetToken, DRangeLike>();

  override randInt(a: number, b: number): number {
    if (this.rng === undefined) throw new Error('BoundedRandExp: rng not set');
    return this.rng.int(a, b);
  }

  override _gen(token: RandExpToken, groups: (string | null)[]): string {
    if ((token as { type: number }).type !== REPETITION) return super._gen(token, groups);
    const repetition = token as unknown as RepetitionToken;
    this.repetitions++;
    const count =
      this.fixedExtra === undefined
        ? // An optional part (`x?`, `{2,3}`) stays random whatever the stretch: `\.?` must sometimes appear.
          this.randInt(repetition.min, Math.min(repetition.max, repetition.min + Math.max(this.stretch, repetition.max - repetition.min === 1 ? 1 : 0)))
        : Math.min(repetition.max, repetition.min + this.fixedExtra);
    let text = '';
    for (let i = 0; i < count; i++) text += this._gen(repetition.value, groups);
    return text;
  }

  /**
   * Sets list their members (the sample form of `@anvil/runtime`'s `translatePattern`), so a positive set
   * keeps every member, control and non-ASCII characters included; `randexp` would keep only those in
   * `defaultRange`. `.` and negated sets still draw from `defaultRange`.
   */
  override _expand(token: RandExpSetToken): DRangeLike {
    let range = this.sets.get(token);
    if (range === undefined) {
      const set = token as { type: number; not?: boolean; set?: RandExpSetToken[] };
      if (set.type === SET && !set.not && set.set !== undefined) {
        range = this.defaultRange.clone().subtract(this.defaultRange);
        for (const member of set.set) range.add(this._expand(member));
      } else {
        range = super._expand(token);
      }
      this.sets.set(token, range);
    }
    return range;
  }
}

const generators = new Map<string, BoundedRandExp>();

/** Restrict `.` and negated classes to ASCII letters and digits (readable values). */
function makeReadable(generator: BoundedRandExp): void {
  const range = generator.defaultRange.clone();
  range.subtract(32, 47).subtract(58, 64).subtract(91, 96).subtract(123, 126);
  generator.defaultRange = range;
}

/** Shape of a repetition plan: random counts up to `stretch` extra, or exactly `fixedExtra` extra. */
export interface RepetitionPlan {
  readonly stretch: number;
  readonly fixedExtra?: number;
}

/** A generated candidate and how many quantifiers it expanded. */
export interface Candidate {
  readonly text: string;
  readonly repetitions: number;
}

/**
 * Generate one candidate string for `pattern`.
 * @param pattern - ECMAScript regex source (no flags).
 * @param rng - randomness for this candidate.
 * @param plan - repetition counts: random up to `stretch` above each quantifier's minimum, or exactly `fixedExtra` above.
 * @param readable - draw `.` and negated classes from `[0-9A-Za-z]` instead of printable ASCII.
 * @returns a string built from the pattern's parse tree; lookarounds and
 *   anchors are ignored by `randexp`, so callers must test the result.
 * @throws Error when `randexp` cannot parse the pattern.
 */
export function generateFromPattern(pattern: string, rng: Rng, plan: RepetitionPlan, readable: boolean): Candidate {
  const cacheKey = `${readable ? 'r' : 'p'}:${pattern}`;
  let generator = generators.get(cacheKey);
  if (generator === undefined) {
    generator = new BoundedRandExp(pattern);
    if (readable) makeReadable(generator);
    generators.set(cacheKey, generator);
  }
  generator.rng = rng;
  generator.stretch = plan.stretch;
  generator.fixedExtra = plan.fixedExtra;
  generator.repetitions = 0;
  try {
    const text = generator.gen();
    return { text, repetitions: generator.repetitions };
  } finally {
    generator.rng = undefined;
  }
}
