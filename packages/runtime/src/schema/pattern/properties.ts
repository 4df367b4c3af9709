/**
 * Java's `\p{…}` names as ECMAScript sets: the POSIX classes (US-ASCII in Java: `\p{Alpha}` is
 * `[a-zA-Z]`, `\p{Print}` is `[ -~]`) become ranges; general categories, scripts (`IsLatin`) and binary
 * properties (`IsAlphabetic`) become ECMAScript Unicode property escapes (Unicode mode). Java's
 * `java…` methods and `In…` blocks have no ECMAScript equivalent.
 * @packageDocumentation
 */
import { PatternTranslationError, type ClassItem } from './ast.js';

const r = (from: string, to: string): ClassItem => ({ t: 'range', from: from.codePointAt(0)!, to: to.codePointAt(0)! });
const c = (ch: string): ClassItem => ({ t: 'char', cp: ch.codePointAt(0)! });

/** Java's POSIX character classes (`java.util.regex.Pattern`, "POSIX character classes (US-ASCII only)"). */
const POSIX: Readonly<Record<string, readonly ClassItem[]>> = {
  Lower: [r('a', 'z')],
  Upper: [r('A', 'Z')],
  ASCII: [r('\x00', '\x7f')],
  Alpha: [r('a', 'z'), r('A', 'Z')],
  Digit: [r('0', '9')],
  Alnum: [r('a', 'z'), r('A', 'Z'), r('0', '9')],
  Punct: [r('!', '/'), r(':', '@'), r('[', '`'), r('{', '~')],
  Graph: [r('!', '~')],
  Print: [r(' ', '~')],
  Blank: [c(' '), c('\t')],
  Cntrl: [r('\x00', '\x1f'), c('\x7f')],
  XDigit: [r('0', '9'), r('a', 'f'), r('A', 'F')],
  Space: [r('\t', '\r'), c(' ')],
  // Java's own names: `all` (any character), `L1` (Latin-1), `LD` (letter or digit).
  all: [{ t: 'range', from: 0, to: 0x10ffff }],
  L1: [r('\x00', '\xff')],
  LD: [
    { t: 'escape', name: 'p', negated: false, property: 'L' },
    { t: 'escape', name: 'p', negated: false, property: 'Nd' },
  ],
};

/** Java binary properties (`\p{IsAlphabetic}`) and their ECMAScript names. */
const BINARY: Readonly<Record<string, string>> = {
  alphabetic: 'Alphabetic',
  ideographic: 'Ideographic',
  letter: 'L',
  lowercase: 'Lowercase',
  uppercase: 'Uppercase',
  titlecase: 'Lt',
  punctuation: 'P',
  control: 'Cc',
  white_space: 'White_Space',
  whitespace: 'White_Space',
  digit: 'Nd',
  hex_digit: 'Hex_Digit',
  hexdigit: 'Hex_Digit',
  join_control: 'Join_Control',
  noncharacter_code_point: 'Noncharacter_Code_Point',
  assigned: 'Assigned',
  emoji: 'Emoji',
};

/** Does ECMAScript (Unicode mode) know `\p{name}`? */
function ecmaKnows(name: string): boolean {
  try {
    new RegExp(`\\p{${name}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * The set `\p{name}` names in Java: ranges for POSIX classes, else an ECMAScript property.
 * @param name - the text between the braces (or the one letter of `\pL`).
 * @throws PatternTranslationError when ECMAScript has no equivalent (blocks, `java…` classes).
 */
export function javaProperty(name: string): { readonly items: readonly ClassItem[] } | { readonly property: string } {
  const posix = POSIX[name];
  if (posix !== undefined && Object.hasOwn(POSIX, name)) return { items: posix };
  if (name === 'L&') return { property: 'LC' };
  const eq = /^(\w+)=(.+)$/.exec(name);
  if (eq) {
    const key = eq[1]!.toLowerCase();
    const value = eq[2]!;
    if ((key === 'sc' || key === 'script') && ecmaKnows(`Script=${value}`)) return { property: `Script=${value}` };
    if ((key === 'gc' || key === 'general_category') && ecmaKnows(`General_Category=${value}`)) return { property: `General_Category=${value}` };
    throw new PatternTranslationError(`\\p{${name}}: no ECMAScript equivalent`);
  }
  if (name.startsWith('In')) throw new PatternTranslationError(`\\p{${name}}: Unicode blocks have no ECMAScript equivalent`);
  if (name.startsWith('java')) throw new PatternTranslationError(`\\p{${name}}: java.lang.Character classes have no ECMAScript equivalent`);
  const bare = name.startsWith('Is') ? name.slice(2) : name;
  const binary = BINARY[bare.toLowerCase()];
  if (binary !== undefined && Object.hasOwn(BINARY, bare.toLowerCase())) return { property: binary };
  if (/^[A-Z][a-z]?$/.test(bare) && ecmaKnows(bare)) return { property: bare };
  if (name.startsWith('Is') && ecmaKnows(`Script=${bare}`)) return { property: `Script=${bare}` };
  throw new PatternTranslationError(`\\p{${name}}: no ECMAScript equivalent`);
}
