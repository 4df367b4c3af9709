/**
 * `@pattern` uses of the AWS model corpus and the check `pnpm patterns` runs on each: fake values from
 * the mock's generator, each validated by the mock's validation. A use is a `smithy.api#pattern` trait
 * on a shape or on a member (with the `@length` that applies there: the member's, else its target's).
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatePattern, type StringSchema } from '../../packages/runtime/src/index.js';
import { fakeValue, validateValue } from '../../packages/msw-runtime/src/index.js';

/** One `@pattern` trait in a model. */
export interface PatternUse {
  /** Corpus model directory (`acm`). */
  readonly model: string;
  /** Shape id, or `shape$member` for a member trait. */
  readonly owner: string;
  readonly pattern: string;
  readonly length?: { readonly min?: number; readonly max?: number };
}

/** What checking one use found. */
export interface UseResult {
  readonly use: PatternUse;
  /** Fake values made (and validated). */
  readonly values: number;
  /** Exceptions from fake data or validation (message each). */
  readonly crashes: readonly string[];
  /** Values validation rejected. */
  readonly invalid: number;
  /** Every value matched the translated pattern, and validation checks it. */
  readonly honoured: boolean;
  /** Why not, when not honoured. */
  readonly reason?: string;
  /** Java constructs the pattern's translation handled. */
  readonly java: readonly string[];
}

type Traits = Readonly<Record<string, unknown>> | undefined;
interface JsonShape {
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, { readonly target: string; readonly traits?: Traits }>>;
}

function lengthOf(traits: Traits): PatternUse['length'] {
  const l = traits?.['smithy.api#length'] as { min?: number; max?: number } | undefined;
  return l === undefined ? undefined : { ...(l.min !== undefined ? { min: l.min } : {}), ...(l.max !== undefined ? { max: l.max } : {}) };
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

/**
 * Every `@pattern` use in the given corpus models, in model and file order.
 * @param corpusDir - `<shared>/models/api-models-aws-2026-04`
 * @param models - model directory names
 */
export function collectPatternUses(corpusDir: string, models: readonly string[]): PatternUse[] {
  const uses: PatternUse[] = [];
  for (const model of models) {
    for (const file of jsonFiles(join(corpusDir, model))) {
      const shapes = (JSON.parse(readFileSync(file, 'utf8')) as { shapes?: Record<string, JsonShape> }).shapes ?? {};
      for (const [id, shape] of Object.entries(shapes)) {
        const pattern = shape.traits?.['smithy.api#pattern'];
        if (typeof pattern === 'string') uses.push({ model, owner: id, pattern, ...withLength(lengthOf(shape.traits)) });
        for (const [name, member] of Object.entries(shape.members ?? {})) {
          const own = member.traits?.['smithy.api#pattern'];
          if (typeof own !== 'string') continue;
          const length = lengthOf(member.traits) ?? lengthOf(shapes[member.target]?.traits);
          uses.push({ model, owner: `${id}$${name}`, pattern: own, ...withLength(length) });
        }
      }
    }
  }
  return uses;
}

function withLength(length: PatternUse['length']): { length?: NonNullable<PatternUse['length']> } {
  return length === undefined ? {} : { length };
}

/**
 * Make `values` fake values for one use (seeds 0…values-1) and validate each.
 * @param use - the pattern use (checked as a string shape with its pattern and length).
 * @param values - how many values.
 */
export function checkPatternUse(use: PatternUse, values: number): UseResult {
  const schema: StringSchema = { type: 'string', id: use.owner, pattern: use.pattern, ...(use.length ? { length: use.length } : {}) };
  const translation = translatePattern(use.pattern);
  const regex = translation.ok ? new RegExp(translation.source, translation.flags) : undefined;
  const crashes: string[] = [];
  let invalid = 0;
  let matched = 0;
  for (let seed = 0; seed < values; seed++) {
    let value: unknown;
    try {
      value = fakeValue(schema, { seed });
      if (validateValue(schema, value).length > 0) invalid++;
    } catch (error) {
      crashes.push(`seed ${seed}: ${(error as Error).message}`);
      continue;
    }
    if (typeof value === 'string' && regex?.test(value)) matched++;
  }
  const java = translation.ok ? translation.java : [];
  if (!translation.ok) return { use, values, crashes, invalid, honoured: false, reason: `no ECMAScript form: ${translation.reason} (validation skips it)`, java };
  if (matched < values) {
    const reason = `no value matching both @pattern and @length ${use.length?.min ?? 0}..${use.length?.max ?? '∞'} found for ${values - matched} of ${values} seeds (fake values fall back to @length)`;
    return { use, values, crashes, invalid, honoured: false, reason, java };
  }
  return { use, values, crashes, invalid, honoured: true, java };
}
