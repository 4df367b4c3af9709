/**
 * Timestamp formats (Smithy "Timestamp formats", `@timestampFormat`):
 * `date-time` (RFC 3339, UTC, `Z`), `http-date` (RFC 7231 IMF-fixdate) and
 * `epoch-seconds` (seconds since the Unix epoch, fractional milliseconds allowed).
 * @packageDocumentation
 */
import { SerializationError } from './serialization-error.js';
import type { MemberSchema, TimestampFeature, TimestampFormat, TimestampSchema } from '../schema/index.js';

/** The effective format of a timestamp member: the member's trait, else the target's, else the location default. */
export function timestampFormatOf(
  member: Pick<MemberSchema, 'timestampFormat'> | undefined,
  target: TimestampSchema,
  fallback: TimestampFormat,
): TimestampFormat {
  return member?.timestampFormat ?? target.format ?? fallback;
}

/**
 * Coerce a caller-provided timestamp (a `Date`, epoch seconds as a number, or date text) to a `Date`.
 * @throws SerializationError when it is none of those or is an invalid date
 */
export function toDate(value: unknown, path: string): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value * 1000);
  else if (typeof value === 'string') date = new Date(value);
  if (!date || Number.isNaN(date.getTime())) {
    throw new SerializationError(`expected a timestamp (Date), got ${describe(value)}`, path);
  }
  return date;
}

/** Epoch seconds of a date (milliseconds as a fraction, e.g. `1576540098.123`). */
export function toEpochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

/** RFC 3339 UTC text; fractional seconds only when the date has milliseconds (`2019-12-16T23:48:18Z`). */
export function toDateTime(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** IMF-fixdate text (`Mon, 16 Dec 2019 23:48:18 GMT`; milliseconds, when any, as `23:48:18.123`). */
export function toHttpDate(date: Date): string {
  const text = date.toUTCString();
  const ms = date.getUTCMilliseconds();
  return ms ? text.replace(/(\d\d:\d\d:\d\d)/, `$1.${String(ms).padStart(3, '0')}`) : text;
}

/** Format a date as text in the given format (epoch seconds as decimal text). */
export function formatTimestamp(date: Date, format: TimestampFormat): string {
  switch (format) {
    case 'date-time':
      return toDateTime(date);
    case 'http-date':
      return toHttpDate(date);
    case 'epoch-seconds':
      return String(toEpochSeconds(date));
  }
}

const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/;
const DATE_TIME_UTC = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d+)?[Zz]$/;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d)(\.\d+)? GMT$/;
const EPOCH = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Parse a wire timestamp.
 * @param value wire value: a number (epoch seconds) or text
 * @param format expected format; with `lenient`, any recognisable format is accepted; strictly,
 *   `date-time` must be in UTC (`Z`; Smithy rejects UTC offsets)
 * @param path member path for error messages
 * @throws SerializationError when the value does not match the format
 */
export function parseTimestamp(value: unknown, format: TimestampFormat, path: string, lenient = false): Date {
  if (typeof value === 'number') {
    if ((format === 'epoch-seconds' || lenient) && Number.isFinite(value)) return new Date(Math.round(value * 1000));
  } else if (typeof value === 'string') {
    const fmt = lenient ? guessFormat(value) ?? format : format;
    if (fmt === 'epoch-seconds' && EPOCH.test(value)) return new Date(Math.round(Number(value) * 1000));
    if (fmt === 'date-time' && (lenient ? DATE_TIME : DATE_TIME_UTC).test(value)) return checked(new Date(value), value, format, path);
    if (fmt === 'http-date' && HTTP_DATE.test(value)) return checked(new Date(value.replace(/\.\d+ GMT$/, ' GMT')).valueOf() + fraction(value), value, format, path);
  }
  throw new SerializationError(`expected a ${format} timestamp, got ${describe(value)}`, path);
}

function fraction(text: string): number {
  const m = /\.(\d+) GMT$/.exec(text);
  return m ? Math.round(Number(`0.${m[1]}`) * 1000) : 0;
}

function checked(date: Date | number, text: string, format: TimestampFormat, path: string): Date {
  const d = typeof date === 'number' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new SerializationError(`invalid ${format} timestamp ${JSON.stringify(text)}`, path);
  return d;
}

function guessFormat(value: string): TimestampFormat | undefined {
  if (EPOCH.test(value)) return 'epoch-seconds';
  if (DATE_TIME.test(value)) return 'date-time';
  if (HTTP_DATE.test(value)) return 'http-date';
  return undefined;
}

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Timestamps as a codec feature (`OperationSchema.features.timestamps`). */
export const timestampFeature: TimestampFeature = { toDate, format: formatTimestamp, parse: parseTimestamp };
