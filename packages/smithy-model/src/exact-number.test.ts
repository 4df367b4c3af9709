import { describe, expect, it } from 'vitest';
import { ExactNumber, isNodeNumber, isObjectNode, numberLiteral } from './exact-number.js';

const exact = (text: string): ExactNumber => {
  const v = numberLiteral(text);
  if (!(v instanceof ExactNumber)) throw new Error(`${text} read as the number ${v}`);
  return v;
};

describe('numberLiteral', () => {
  it('keeps a literal a double reads back unchanged as a plain number', () => {
    expect(numberLiteral('0')).toBe(0);
    expect(numberLiteral('-12')).toBe(-12);
    expect(numberLiteral('1.50')).toBe(1.5);
    expect(numberLiteral('10e2')).toBe(1000);
    expect(numberLiteral('123456789.12345679')).toBe(123456789.12345679);
    expect(numberLiteral('9007199254740992')).toBe(9007199254740992); // 2^53
    expect(numberLiteral('9223372036854775808')).toBe(2 ** 63);
    expect(numberLiteral('9223372036854771712')).toBe(2 ** 63 - 4096); // exact, though String() prints ...2000
    expect(numberLiteral('1.7976931348623157e308')).toBe(Number.MAX_VALUE);
  });

  it('documents 0.1, 1e23 and -0: their doubles print as the literal, so they stay numbers', () => {
    expect(numberLiteral('0.1')).toBe(0.1); // the double nearest 0.1, as everywhere in JS
    expect(numberLiteral('100000000000000000000000')).toBe(1e23); // String(1e23) === '1e+23'
    expect(Object.is(numberLiteral('-0'), -0)).toBe(true);
    expect(Object.is(numberLiteral('-0.0e5'), -0)).toBe(true);
  });

  it('keeps a literal a double would change as an ExactNumber with the text as written', () => {
    expect(exact('0.100000000000000000000001').text).toBe('0.100000000000000000000001');
    expect(exact('-0.100000000000000000000001').text).toBe('-0.100000000000000000000001');
    expect(exact('100000000000000000000001.0').text).toBe('100000000000000000000001.0');
    expect(exact('-9223372036854775809').text).toBe('-9223372036854775809');
    expect(exact('9223372036854775807').text).toBe('9223372036854775807');
    expect(exact('9007199254740993').text).toBe('9007199254740993');
  });

  it('documents 1e400 and 1e-400: out of the double range (Infinity, 0), so kept exactly', () => {
    expect(exact('1e400').toNumber()).toBe(Infinity);
    expect(exact('-1E+400').toNumber()).toBe(-Infinity);
    expect(exact('1e-400').toNumber()).toBe(0);
  });
});

describe('ExactNumber', () => {
  const big = new ExactNumber('-9223372036854775809');

  it('reads as its nearest double for code that does not need the digits', () => {
    expect(Number(big)).toBe(-9223372036854775808);
    expect(big.valueOf() < 0).toBe(true);
    expect(JSON.stringify({ v: big })).toBe('{"v":-9223372036854776000}');
    expect(JSON.stringify([new ExactNumber('1e400')])).toBe('[null]');
    expect(String(big)).toBe('-9223372036854775809');
  });

  it('tells integers from decimals and compares by value', () => {
    expect(big.isInteger()).toBe(true);
    expect(new ExactNumber('1.0000000000000000000001').isInteger()).toBe(false);
    expect(new ExactNumber('2e+308').isInteger()).toBe(false);
    expect(new ExactNumber('2e+308').canonicalText()).toBe(new ExactNumber('20E307').canonicalText());
    expect(new ExactNumber('0.1000000000000000000000010').canonicalText()).toBe('100000000000000000000001E-24');
    expect(new ExactNumber('2e+308').canonicalText()).not.toBe(new ExactNumber('3e308').canonicalText());
  });

  it('is a number node value, never an object node', () => {
    expect(isNodeNumber(big)).toBe(true);
    expect(isNodeNumber(1)).toBe(true);
    expect(isNodeNumber('1')).toBe(false);
    expect(isObjectNode(big)).toBe(false);
    expect(isObjectNode({})).toBe(true);
    expect(isObjectNode([])).toBe(false);
  });
});
