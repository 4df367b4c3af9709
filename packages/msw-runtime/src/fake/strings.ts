/**
 * Fake strings within Smithy `@length` (code points) and `@pattern` (regex
 * search semantics), kept near the low end of what the constraints allow.
 * @packageDocumentation
 */
import type { LengthConstraint } from '@anvil/runtime';
import { translatePattern } from '@anvil/runtime';
import { codePointLength, patternFor, warnPatternOnce } from '../validate/pattern.js';
import { createRng, hex4 } from './random.js';
import type { Rng } from './random.js';
import { generateFromPattern } from './regex-gen.js';
import type { Candidate } from './regex-gen.js';

/** Candidates tried per pattern before giving up. */
export const PATTERN_ATTEMPTS = 128;
/** Of those, the first ones use random repetition counts; the rest steer a fixed count. */
const RANDOM_ATTEMPTS = 16;

const FILLER = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A readable string for a member without a pattern: `<name>-<hex4>`, cut or
 * padded (with hex digits) to fit `length`.
 * @param name - member name hint (non-identifier characters dropped).
 * @param length - effective `@length` in code points.
 */
export function readableString(name: string, length: LengthConstraint | undefined, rng: Rng): string {
  const base = name.replace(/[^A-Za-z0-9_-]/g, '') || 'value';
  let text = `${base}-${hex4(rng)}`;
  const min = length?.min ?? 0;
  const max = length?.max ?? Number.POSITIVE_INFINITY;
  if (text.length > max) text = max >= 6 ? `${base.slice(0, max - 5)}-${text.slice(-4)}` : max <= 0 ? '' : text.slice(-max);
  while (text.length < min) text += FILLER.charAt(rng.int(0, FILLER.length - 1));
  return text;
}

/** Does the pattern end with an unescaped `$` anchor (so suffixes cannot be appended)? */
function anchoredAtEnd(pattern: string): boolean {
  if (!pattern.endsWith('$')) return false;
  let backslashes = 0;
  for (let i = pattern.length - 2; i >= 0 && pattern[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * A string matching `pattern` (search semantics) whose code-point length is
 * within `length`. Candidates come from {@link generateFromPattern} on the
 * pattern's sample form (`translatePattern(…).sample`, `@anvil/runtime`) with
 * per-attempt seeds (`<key>#<attempt>`) and are kept only when the real
 * (translated) pattern matches; repetition stretch shrinks after a too-long
 * candidate and grows after a too-short one; unanchored patterns are padded at
 * the end when short.
 *
 * A mock never fails because of a model's pattern: when the pattern has no
 * ECMAScript form, or no candidate fits within {@link PATTERN_ATTEMPTS}, the
 * value satisfies `length` only and the pattern is named in one warning
 * ({@link warnPatternOnce}).
 * @param pattern - the effective `@pattern`.
 * @param holder - the schema/member object declaring the pattern (regex cache key).
 * @param length - effective `@length`, if any.
 * @param key - seed key of this value (seed, shape id, path).
 * @param label - shape id and path for the warning.
 */
export function patternString(
  pattern: string,
  holder: object,
  length: LengthConstraint | undefined,
  key: string,
  label: string,
): string {
  const translation = translatePattern(pattern);
  const regex = patternFor(holder, pattern, label);
  if (!translation.ok || regex === undefined) return readableString('value', length, createRng(key));
  const min = length?.min ?? 0;
  const max = length?.max ?? Number.POSITIVE_INFINITY;
  const paddable = !anchoredAtEnd(pattern);
  let stretch = 3;
  let fixedExtra = 0;
  let lengthMisses = 0;
  let lastError = '';
  for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
    const rng = createRng(`${key}#${attempt}`);
    // First attempts: random repetition counts near each minimum. Later ones, once candidates missed the length
    // bounds: every other quantifier gets exactly `fixedExtra` extra repetitions, steered by how far the last one missed
    // (the attempts between stay random: optional parts such as `\.?` must vary too).
    const fixed = attempt >= RANDOM_ATTEMPTS && lengthMisses > 0 && attempt % 2 === 0;
    let candidate: Candidate;
    try {
      // Every other attempt of a pattern with lookaheads produces their text too (`(?=.*\d)` adds a digit).
      const source = translation.sample(attempt % 4 !== 3, translation.lookaheads && attempt % 2 === 1);
      candidate = generateFromPattern(source, rng, fixed ? { stretch, fixedExtra } : { stretch }, attempt % 4 !== 3);
    } catch (error) {
      lastError = `cannot sample it: ${(error as Error).message}`;
      break;
    }
    let text = candidate.text;
    let size = codePointLength(text);
    if (size < min && paddable) {
      while (size < min) {
        text += FILLER.charAt(rng.int(0, 25));
        size++;
      }
    }
    if (size >= min && size <= max && regex.test(text)) return text;
    const per = Math.max(1, candidate.repetitions);
    if (size > max) {
      lengthMisses++;
      stretch = attempt % 2 === 0 ? Math.floor(stretch / 2) : 0;
      if (fixed) fixedExtra = Math.max(0, fixedExtra - Math.max(1, Math.ceil((size - max) / per)));
    } else if (size < min) {
      lengthMisses++;
      stretch = Math.max(stretch * 2, min - size);
      if (fixed) fixedExtra += Math.max(1, Math.ceil((min - size) / per));
    }
    lastError = `no match with length ${min}..${max} after ${PATTERN_ATTEMPTS} attempts (last candidate ${JSON.stringify(text)})`;
  }
  warnPatternOnce(pattern, label, `${lastError}; fake values satisfy the other constraints only`);
  return readableString('value', length, createRng(key));
}
