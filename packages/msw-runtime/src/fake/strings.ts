/**
 * Fake strings within Smithy `@length` (code points) and `@pattern` (regex
 * search semantics), kept near the low end of what the constraints allow.
 * @packageDocumentation
 */
import type { LengthConstraint } from '@anvil/runtime';
import { codePointLength, patternFor } from '../validate/pattern.js';
import { FakeDataError } from './fake-data-error.js';
import { createRng, hex4 } from './random.js';
import type { Rng } from './random.js';
import { generateFromPattern } from './regex-gen.js';
import type { Candidate } from './regex-gen.js';

/** Candidates tried per pattern before giving up. */
export const PATTERN_ATTEMPTS = 48;
/** Of those, the first ones use random repetition counts; the rest steer a fixed count. */
const RANDOM_ATTEMPTS = 12;

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
 * within `length`. Candidates come from {@link generateFromPattern} with
 * per-attempt seeds (`<key>#<attempt>`); repetition stretch shrinks after a
 * too-long candidate and grows after a too-short one; unanchored patterns are
 * padded at the end when short.
 * @param pattern - the effective `@pattern`.
 * @param holder - the schema/member object declaring the pattern (regex cache key).
 * @param length - effective `@length`, if any.
 * @param key - seed key of this value (seed, shape id, path).
 * @param label - shape id and path for the error message.
 * @throws FakeDataError when no candidate satisfies both constraints within {@link PATTERN_ATTEMPTS}.
 */
export function patternString(
  pattern: string,
  holder: object,
  length: LengthConstraint | undefined,
  key: string,
  label: string,
): string {
  const regex = patternFor(holder, pattern, label);
  const min = length?.min ?? 0;
  const max = length?.max ?? Number.POSITIVE_INFINITY;
  const paddable = !anchoredAtEnd(pattern);
  let stretch = 3;
  let fixedExtra = 0;
  let lastError = '';
  for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
    const rng = createRng(`${key}#${attempt}`);
    // First attempts: random repetition counts near each minimum. Later ones: every quantifier gets exactly
    // `fixedExtra` extra repetitions, steered by how far the previous candidate missed the length bounds.
    const fixed = attempt >= RANDOM_ATTEMPTS;
    let candidate: Candidate;
    try {
      candidate = generateFromPattern(pattern, rng, fixed ? { stretch, fixedExtra } : { stretch }, attempt % 4 !== 3);
    } catch (error) {
      throw new FakeDataError(`cannot generate from @pattern ${JSON.stringify(pattern)}: ${(error as Error).message}`, label);
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
      stretch = attempt % 2 === 0 ? Math.floor(stretch / 2) : 0;
      if (fixed) fixedExtra = Math.max(0, fixedExtra - Math.max(1, Math.ceil((size - max) / per)));
    } else if (size < min) {
      stretch = Math.max(stretch * 2, min - size);
      if (fixed) fixedExtra += Math.max(1, Math.ceil((min - size) / per));
    }
    lastError = `last candidate ${JSON.stringify(text)} (length ${size})`;
  }
  throw new FakeDataError(
    `no string matching @pattern ${JSON.stringify(pattern)} with length ${min}..${max} found after ${PATTERN_ATTEMPTS} attempts; ${lastError}`,
    label,
  );
}
