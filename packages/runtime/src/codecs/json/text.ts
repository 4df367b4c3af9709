/**
 * A small JSON reader and writer that keep number literals as text, so
 * `bigInteger` / `bigDecimal` values cross the wire without precision loss
 * (RFC 8259; Smithy "restJson1 protocol" / "AWS JSON 1.0 protocol" number handling).
 * @packageDocumentation
 */

/** A JSON number literal kept as its source text (reader output, and writer input for exact numbers). */
export class JsonNumber {
  /** @param text the literal exactly as it appears in JSON, e.g. `1.10`, `-3e400`, `123456789012345678901234` */
  constructor(readonly text: string) {}
  /** The literal as a double. */
  toNumber(): number {
    return Number(this.text);
  }
}

/**
 * A parsed JSON value. Numbers are {@link JsonNumber}s from {@link parseJsonText}, or plain doubles from the
 * `JSON.parse` fast path (used only where no member needs the exact digits, see `parseJsonBody`).
 */
export type JsonValue = null | boolean | string | number | JsonNumber | JsonValue[] | { [key: string]: JsonValue };

/** Invalid JSON text. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  /** @param message what was expected @param offset character offset in the text */
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/**
 * Parse JSON text, keeping numbers as {@link JsonNumber}.
 * @throws JsonSyntaxError on invalid JSON (with the character offset)
 */
export function parseJsonText(text: string): JsonValue {
  let i = 0;
  const ws = (): void => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(i >= text.length ? `unexpected end of JSON, expected ${what}` : `expected ${what}`, i);
  };
  const string = (): string => {
    let out = '';
    i++; // opening quote
    for (;;) {
      const start = i;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 34 || c === 92 || c < 32) break;
        i++;
      }
      out += text.slice(start, i);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c !== '\\') fail('closing quote');
      const e = text[i + 1];
      i += 2;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = text.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('4 hex digits');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          i -= 2;
          fail('a valid escape');
      }
    }
  };
  const value = (depth: number): JsonValue => {
    if (depth > 512) fail('less nesting');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [key: string]: JsonValue } = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('an object key');
        const key = string();
        ws();
        if (text[i] !== ':') fail("':'");
        i++;
        const v = value(depth + 1);
        if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        else obj[key] = v;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail("',' or ']'");
      }
    }
    if (c === '"') return string();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i = NUMBER.lastIndex;
      return new JsonNumber(m[0]);
    }
    return fail('a JSON value');
  };
  const result = value(0);
  ws();
  if (i < text.length) fail('end of JSON');
  return result;
}

/**
 * Serialise a value as compact JSON. {@link JsonNumber}s and `bigint`s are written
 * as bare number literals; `undefined` object entries are skipped.
 * @throws Error on non-finite numbers and values JSON cannot represent (functions, symbols)
 */
export function writeJsonText(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot write non-finite number ${value} as JSON`);
      return String(value);
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value instanceof JsonNumber) return value.text;
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : writeJsonText(v))).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const parts: string[] = [];
      for (const [k, v] of Object.entries(value)) {
        if (v !== undefined) parts.push(`${JSON.stringify(k)}:${writeJsonText(v)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new Error(`cannot write ${typeof value} as JSON`);
  }
}

/** Turn a parsed value into plain JS (numbers as `number`), e.g. for documents and unmodeled bodies. */
export function toPlainJson(value: JsonValue): unknown {
  if (value instanceof JsonNumber) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__') Object.defineProperty(out, k, { value: toPlainJson(v), enumerable: true, writable: true, configurable: true });
      else out[k] = toPlainJson(v);
    }
    return out;
  }
  return value;
}
