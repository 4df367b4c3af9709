/**
 * A strict CBOR decoder (RFC 8949 §3, well-formedness per Appendix C) for the data items the Smithy
 * RPC v2 CBOR protocol uses.
 *
 * Why not the library: encoding uses `@smithy/core/cbor`, but no decoder on the registry reads
 * everything the protocol's compliance tests send at a usable speed and size: `cbor-x` and `cborg`
 * reject indefinite-length text and byte strings, `@smithy/core/cbor` rejects indefinite-length map
 * keys (`RpcV2CborSimpleScalarPropertiesUsingIndefiniteLength`), drops `__proto__` entries and ignores
 * trailing bytes, and `cbor2` (complete) decodes 15–25× slower and adds 13 KB gzip to a client
 * bundle. `docs/protocols.md` has the measurements.
 *
 * What it reads: integers (as `number`, `bigint` beyond ±2^53), byte and text strings of definite
 * and indefinite length (chunks joined; text must be valid UTF-8), arrays and maps of definite and
 * indefinite length (map keys must be text; a `__proto__` key is an own entry), tags 2/3 (bignums, as
 * `bigint`), tag 4 (decimal fractions, as {@link DecimalFraction}), any other tag kept with its
 * content (tag 1 epoch timestamps included), `false`/`true`/`null`, `undefined` (as `null`), and
 * half, single and double floats. Malformed input, other simple values, nesting deeper than
 * {@link MAX_DEPTH} and bytes after the item throw {@link CborSyntaxError} with the byte offset.
 * @packageDocumentation
 */
import { tag } from '@smithy/core/cbor';

/** Maximum nesting of arrays, maps and tags. */
export const MAX_DEPTH = 512;

/** Bytes that are not one well-formed CBOR data item. */
export class CborSyntaxError extends Error {
  override readonly name = 'CborSyntaxError';
  /** @param message what is wrong @param offset byte offset where decoding stopped */
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

/** A decoded decimal fraction (tag 4) as exact decimal text: `273.15`, `-0.001`, `15e400`. */
export class DecimalFraction {
  /** @param text decimal number text */
  constructor(readonly text: string) {}
}

const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const BREAK = 0xff;

/** The decimal text of mantissa × 10^exponent. */
function decimalText(mantissa: bigint, exponent: number | bigint): string {
  const sign = mantissa < 0n ? '-' : '';
  const digits = (mantissa < 0n ? -mantissa : mantissa).toString();
  if (typeof exponent === 'bigint' || Math.abs(exponent) > 1000) return `${sign}${digits}e${exponent}`;
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  const padded = digits.padStart(-exponent + 1, '0');
  return `${sign}${padded.slice(0, exponent)}.${padded.slice(exponent)}`;
}

function halfFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1024 + fraction) * 2 ** (exponent - 25);
}

class Decoder {
  private pos = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(message: string, at = this.pos): never {
    throw new CborSyntaxError(message, at);
  }

  need(n: number): void {
    if (this.bytes.length - this.pos < n) this.fail(`unexpected end of data (need ${n} more byte${n === 1 ? '' : 's'})`);
  }

  /** The argument of a head with additional information `info` (24–27 read 1, 2, 4 or 8 bytes). */
  argument(info: number): number | bigint {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : this.fail(`reserved additional information ${info}`, this.pos - 1);
    this.need(size);
    const at = this.pos;
    this.pos += size;
    if (size === 1) return this.view.getUint8(at);
    if (size === 2) return this.view.getUint16(at);
    if (size === 4) return this.view.getUint32(at);
    const big = this.view.getBigUint64(at);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }

  /** A length or count: a number no larger than the bytes left (each item takes at least one byte). */
  length(info: number): number {
    const start = this.pos - 1;
    const n = this.argument(info);
    if (typeof n === 'bigint' || n > this.bytes.length - this.pos) this.fail(`length ${n} exceeds the ${this.bytes.length - this.pos} bytes left`, start);
    return n;
  }

  /** A byte or text string (major 2 or 3), joining the chunks of an indefinite-length one. */
  string(major: 2 | 3, info: number): Uint8Array {
    if (info !== 31) {
      const n = this.length(info);
      this.pos += n;
      // A copy, never a view: `Buffer#slice` would share memory with the body.
      return new Uint8Array(this.bytes.subarray(this.pos - n, this.pos));
    }
    const chunks: Uint8Array[] = [];
    for (;;) {
      this.need(1);
      const head = this.bytes[this.pos++]!;
      if (head === BREAK) break;
      if (head >> 5 !== major || (head & 0x1f) === 31) this.fail(`an indefinite-length ${major === 2 ? 'byte' : 'text'} string may only hold definite-length chunks of its type`, this.pos - 1);
      chunks.push(this.string(major, head & 0x1f));
    }
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  text(info: number): string {
    const start = this.pos - 1;
    let raw: Uint8Array;
    if (info === 31) raw = this.string(3, info);
    else {
      const n = this.length(info);
      this.pos += n;
      raw = this.bytes.subarray(this.pos - n, this.pos);
      // Fast path: short ASCII text (most keys and enum values) without a TextDecoder call.
      if (n <= 32) {
        let ascii = '';
        for (let i = 0; i < n; i++) {
          const byte = raw[i]!;
          if (byte >= 0x80) {
            ascii = '';
            break;
          }
          ascii += String.fromCharCode(byte);
          if (i === n - 1) return ascii;
        }
        if (n === 0) return '';
      }
    }
    try {
      return utf8.decode(raw);
    } catch {
      return this.fail('text string is not valid UTF-8', start);
    }
  }

  /** Is the next byte a break (consumed when it is)? */
  atBreak(): boolean {
    this.need(1);
    if (this.bytes[this.pos] !== BREAK) return false;
    this.pos++;
    return true;
  }

  item(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.need(1);
    const head = this.bytes[this.pos++]!;
    const major = head >> 5;
    const info = head & 0x1f;
    if (info === 31 && (major < 2 || major === 6)) this.fail(`indefinite length is not allowed for major type ${major}`, this.pos - 1);
    switch (major) {
      case 0:
        return this.argument(info);
      case 1: {
        const n = this.argument(info);
        return typeof n === 'bigint' ? -1n - n : n + 1 > Number.MAX_SAFE_INTEGER ? -1n - BigInt(n) : -1 - n;
      }
      case 2:
        return this.string(2, info);
      case 3:
        return this.text(info);
      case 4: {
        const out: unknown[] = [];
        if (info === 31) while (!this.atBreak()) out.push(this.item(depth + 1));
        else for (let n = this.length(info); n > 0; n--) out.push(this.item(depth + 1));
        return out;
      }
      case 5:
        return this.map(info, depth);
      case 6:
        return this.tagged(info, depth);
      default:
        return this.simple(info);
    }
  }

  map(info: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const indefinite = info === 31;
    for (let n = indefinite ? Infinity : this.length(info); n > 0; n--) {
      if (indefinite ? this.atBreak() : (this.need(1), false)) break;
      const at = this.pos;
      const keyHead = this.bytes[this.pos++]!;
      if (keyHead >> 5 !== 3) this.fail('map keys must be text strings', at);
      const key = this.text(keyHead & 0x1f);
      const value = this.item(depth + 1);
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }

  tagged(info: number, depth: number): unknown {
    const start = this.pos - 1;
    const number = this.argument(info);
    const content = this.item(depth + 1);
    if (number === 2 || number === 3) {
      if (!(content instanceof Uint8Array)) this.fail(`tag ${number} (bignum) must hold a byte string`, start);
      let n = 0n;
      for (const byte of content) n = (n << 8n) | BigInt(byte);
      return number === 2 ? n : -1n - n;
    }
    if (number === 4) {
      const [exponent, mantissa] = Array.isArray(content) ? content : [];
      const integer = (v: unknown) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
      if (!Array.isArray(content) || content.length !== 2 || !integer(exponent) || !integer(mantissa)) {
        this.fail('tag 4 (decimal fraction) must hold [exponent, mantissa] integers', start);
      }
      return new DecimalFraction(decimalText(BigInt(mantissa as number | bigint), exponent as number | bigint));
    }
    if (typeof number === 'bigint') this.fail(`tag ${number} is out of range`, start);
    return tag({ tag: number, value: content });
  }

  simple(info: number): unknown {
    switch (info) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
      case 23:
        return null;
      case 25:
        this.need(2);
        this.pos += 2;
        return halfFloat(this.view.getUint16(this.pos - 2));
      case 26:
        this.need(4);
        this.pos += 4;
        return this.view.getFloat32(this.pos - 4);
      case 27:
        this.need(8);
        this.pos += 8;
        return this.view.getFloat64(this.pos - 8);
      case 31:
        return this.fail('break outside an indefinite-length item', this.pos - 1);
      default:
        return this.fail(`unsupported simple value (additional information ${info})`, this.pos - 1);
    }
  }

  whole(): unknown {
    const value = this.item(0);
    if (this.pos !== this.bytes.length) this.fail(`${this.bytes.length - this.pos} unexpected byte(s) after the data item`);
    return value;
  }
}

/**
 * Decode exactly one CBOR data item.
 * @throws CborSyntaxError (with the byte offset) when `bytes` are not exactly one well-formed item
 */
export function decodeCborItem(bytes: Uint8Array): unknown {
  return new Decoder(bytes).whole();
}
