import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp, toHttpDate } from './timestamps.js';

const d = new Date(1576540098 * 1000);

describe('timestamps', () => {
  it('formats the three Smithy formats', () => {
    expect(formatTimestamp(d, 'date-time')).toBe('2019-12-16T23:48:18Z');
    expect(formatTimestamp(d, 'http-date')).toBe('Mon, 16 Dec 2019 23:48:18 GMT');
    expect(formatTimestamp(d, 'epoch-seconds')).toBe('1576540098');
    const ms = new Date(1576540098123);
    expect(formatTimestamp(ms, 'date-time')).toBe('2019-12-16T23:48:18.123Z');
    expect(formatTimestamp(ms, 'epoch-seconds')).toBe('1576540098.123');
    expect(toHttpDate(ms)).toBe('Mon, 16 Dec 2019 23:48:18.123 GMT');
  });
  it('parses each format strictly', () => {
    expect(parseTimestamp(1576540098.5, 'epoch-seconds', '/t').getTime()).toBe(1576540098500);
    expect(parseTimestamp('1576540098', 'epoch-seconds', '/t').getTime()).toBe(1576540098000);
    expect(parseTimestamp('2019-12-16T23:48:18Z', 'date-time', '/t').getTime()).toBe(1576540098000);
    expect(parseTimestamp('Mon, 16 Dec 2019 23:48:18 GMT', 'http-date', '/t').getTime()).toBe(1576540098000);
    expect(parseTimestamp('Mon, 16 Dec 2019 23:48:18.250 GMT', 'http-date', '/t').getTime()).toBe(1576540098250);
  });
  it('rejects the wrong format strictly and names the path', () => {
    expect(() => parseTimestamp('2019-12-16T23:48:18Z', 'epoch-seconds', '/a/b')).toThrow(
      'expected a epoch-seconds timestamp, got string "2019-12-16T23:48:18Z" (at /a/b)',
    );
    expect(() => parseTimestamp(1, 'date-time', '/t')).toThrow(/date-time/);
    expect(() => parseTimestamp('2019-13-45T99:00:00Z', 'date-time', '/t')).toThrow(/invalid date-time/);
    // RestJsonBodyTimestampDateTimeRejectsUTCOffsets: offsets only accepted leniently
    expect(() => parseTimestamp('1996-12-19T16:39:57-08:00', 'date-time', '/t')).toThrow(/date-time/);
  });
  it('accepts any recognisable format when lenient', () => {
    expect(parseTimestamp('2019-12-16T23:48:18Z', 'epoch-seconds', '/t', true).getTime()).toBe(1576540098000);
    expect(parseTimestamp(1576540098, 'http-date', '/t', true).getTime()).toBe(1576540098000);
    expect(parseTimestamp('2019-12-17T00:48:18+01:00', 'date-time', '/t', true).getTime()).toBe(1576540098000);
  });
});
