/**
 * `translatePattern`: Java-flavoured `@pattern`s (as AWS models write them) become ECMAScript regexes
 * with Java's meaning; plain ECMAScript patterns keep theirs; the sample form yields matching strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatePattern, type TranslatedPattern } from './index.js';
import { runs } from '../../__fixtures__/fast-check.js';

function compiled(pattern: string): RegExp {
  const t = translatePattern(pattern);
  if (!t.ok) throw new Error(`not translated: ${t.reason}`);
  return new RegExp(t.source, t.flags);
}

function ok(pattern: string): TranslatedPattern {
  const t = translatePattern(pattern);
  if (!t.ok) throw new Error(`not translated: ${t.reason}`);
  return t;
}

describe('translatePattern: Java constructs', () => {
  it('applies inline flags: (?s) lets . match newlines, (?i) is ASCII case-insensitive until the group ends', () => {
    expect(compiled('^(?s).{1,5}$').test('a\nb')).toBe(true);
    expect(compiled('^.{1,5}$').test('a\nb')).toBe(false);
    const flag = compiled('^(?i)(true|false)$');
    expect(['TRUE', 'False', 'true'].map((v) => flag.test(v))).toEqual([true, true, true]);
    expect(flag.test('yes')).toBe(false);
    // Scoped: (?i) inside the lookahead only; the rest stays case-sensitive.
    const scoped = compiled('^(?!(?i).*<script>)[a-z<>]+$');
    expect(scoped.test('a<SCRIPT>')).toBe(false);
    expect(scoped.test('abc')).toBe(true);
    expect(compiled('^a(?i:b)c$').test('aBc')).toBe(true);
    expect(compiled('^a(?i:b)c$').test('aBC')).toBe(false);
    expect(ok('^(?i)all|[0-9]{12}$').java).toEqual(['(?i)']);
  });

  it('makes possessive quantifiers and atomic groups atomic: no backtracking into them', () => {
    expect(compiled('^a++a$').test('aaa')).toBe(false);
    expect(compiled('^a+a$').test('aaa')).toBe(true);
    expect(compiled('^[\\/]?+[a-z]+$').test('/abc')).toBe(true);
    expect(compiled('^(?>ab|a)b$').test('ab')).toBe(false);
    expect(compiled('^\\d{1}+:\\d{12}+$').test('1:123456789012')).toBe(true);
  });

  it('keeps back-references pointing at their groups after inserted groups', () => {
    const re = compiled('^(x)?+(a)\\2$');
    expect(re.test('xaa')).toBe(true);
    expect(re.test('xab')).toBe(false);
  });

  it('reads POSIX and Java property classes, and Unicode properties in u mode', () => {
    expect(compiled('^\\p{XDigit}{4}$').test('0aF9')).toBe(true);
    expect(compiled('^\\p{XDigit}{4}$').test('0aG9')).toBe(false);
    expect(compiled('^\\p{Print}+$').test('a b~')).toBe(true);
    expect(compiled('^\\p{Print}+$').test('a\tb')).toBe(false);
    expect(compiled('^\\p{Alpha}+$').test('é')).toBe(false);
    const letters = ok('^\\p{L}+$');
    expect(letters.flags).toBe('u');
    expect(new RegExp(letters.source, letters.flags).test('Ωé中')).toBe(true);
    expect(compiled('^\\p{IsLatin}+$').test('abé')).toBe(true);
    expect(compiled('^(\\p{LD}|\\p{Punct}| )+$').test('a1 !')).toBe(true);
  });

  it('reads class intersection, nested classes and "-" after a class escape', () => {
    const inter = compiled('^[\\p{Print}&&[^|:/]]+$');
    expect(inter.test('abc')).toBe(true);
    expect(inter.test('a:b')).toBe(false);
    expect(inter.test('a\tb')).toBe(false);
    const dash = compiled('^[\\p{L}\\p{N}\\p{Z}-_]*$');
    expect(dash.test('a-_ 1')).toBe(true);
    expect(dash.test('a.')).toBe(false);
  });

  it('reads Java escapes: \\x{…}, octal, \\A / \\z, \\Q…\\E, control ranges in classes; Java\'s \\s', () => {
    expect(compiled('^[\\x{0022}a]+$').test('"a')).toBe(true);
    expect(compiled('^[\\x{0022}a]+$').test('x')).toBe(false);
    expect(compiled('^[^/:|\\000-\\037]+$').test('ab\u0001')).toBe(false);
    expect(compiled('\\A\\d+\\z').test('12')).toBe(true);
    expect(compiled('\\A\\d+\\z').test('12a')).toBe(false);
    expect(compiled('^\\Q*.+\\E$').test('*.+')).toBe(true);
    const control = compiled('^[^\\x00-\\x1F\\x7F\\x3C\\x3E\\x5C]+$');
    expect(control.test('ok')).toBe(true);
    expect(control.test('a\\b')).toBe(false);
    expect(compiled('^\\s$').test('\u00a0')).toBe(false);
    expect(compiled('^\\s$').test('\t')).toBe(true);
  });

  it('reads quantified assertions and stacked quantifiers as Java does', () => {
    const anchored = compiled('^[-_a-z]*${2,64}$');
    expect(anchored.test('ab-c')).toBe(true);
    expect(anchored.test('ab.')).toBe(false);
    expect(compiled('^(?:[a-z]{2}){0,3}$').test('abcd')).toBe(true);
    const stacked = compiled('^[a-z]{2}{0,3}$');
    expect(stacked.test('abcd')).toBe(true);
    expect(stacked.test('abc')).toBe(false);
  });

  it('keeps lookbehind', () => {
    const re = compiled('^[0-9a-z.\\-]*(?<!\\.)$');
    expect(re.test('my.bucket')).toBe(true);
    expect(re.test('bucket.')).toBe(false);
  });

  it('reports what has no ECMAScript form, naming the construct and offset', () => {
    expect(translatePattern('^\\p{InGreek}+$')).toEqual({ ok: false, reason: expect.stringMatching(/InGreek.*blocks/) });
    expect(translatePattern('^a\\Gb$')).toEqual({ ok: false, reason: expect.stringMatching(/\\G.*offset 2/) });
    expect(translatePattern('^(?U)\\w+$')).toEqual({ ok: false, reason: expect.stringMatching(/inline flag "U"/) });
    expect(translatePattern('^(a$')).toEqual({ ok: false, reason: expect.stringMatching(/unclosed group/) });
  });
});

describe('translatePattern: plain ECMAScript', () => {
  const PATTERNS = ['^[a-zA-Z0-9_.-]+$', '^arn:aws[a-z-]*:[a-z0-9]+:.*$', '^(\\d{3})-\\1$', '[^a-c]{2,}', '^\\w+@\\w+\\.(com|org)$', 'a|b|(c?d)+', '^[\\]\\[]x$', '^\\S*\\s?$'];

  it('matches exactly what the pattern matches as written (printable ASCII, tab and newline)', () => {
    const alphabet = fc.constantFrom(...'abcdz09_.-@[]\\ \t\nACarnw:3'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join('')), (pattern, value) => {
        expect(compiled(pattern).test(value)).toBe(new RegExp(pattern).test(value));
      }),
      runs(2000),
    );
    for (const p of PATTERNS) expect(ok(p).java).toEqual([]);
  });
});

describe('sample form', () => {
  it('draws set members from the pool, Unicode and controls included', () => {
    expect(ok('^[^\\u0000-\\u00FF]$').sample(true)).toMatch(/^\^\[[^\x00-\xff]+\]\$$/u);
    expect(ok('^\\p{L}+$').sample(true)).toContain('abcdefghijklmnopqrstuvwxyz');
    expect(ok('^a\\u000D?\\u000Ab$').sample(false)).toContain('[\n]');
  });

  it('prints positive lookaheads as text when asked, drops lookarounds otherwise', () => {
    const t = ok('^(?=.*\\d)(?<!x)[a-z]{2}$');
    expect(t.lookaheads).toBe(true);
    expect(t.sample(true)).not.toMatch(/\(\?[=!<]/);
    expect(t.sample(true, true)).toMatch(/\[0123456789\]/);
  });
});
