/**
 * `@http` URI patterns: `/path/{label}/{greedy+}?literal=query`
 * (Smithy "HTTP binding traits", `@http` uri and `@httpLabel`).
 * @packageDocumentation
 */
import { percentDecode, percentEncode, percentEncodeGreedy } from './percent-encoding.js';
import { getOwn, setOwn } from '../schema/index.js';

/** One path segment of a URI pattern. */
export type UriSegment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'label'; readonly name: string; readonly greedy: boolean };

/** A parsed URI pattern. */
export interface UriPattern {
  readonly segments: readonly UriSegment[];
  /** Literal query parameters of the pattern; `value` undefined for `?flag` (a key that must be present). */
  readonly query: ReadonlyArray<readonly [key: string, value: string | undefined]>;
}

const cache = new Map<string, UriPattern>();

/** Parse (and cache) a URI pattern such as `/tags/{resourceArn}` or `/{Bucket}/{Key+}?x-id=GetObject`. */
export function parseUriPattern(uri: string): UriPattern {
  const hit = cache.get(uri);
  if (hit) return hit;
  const q = uri.indexOf('?');
  const pathPart = q < 0 ? uri : uri.slice(0, q);
  const queryPart = q < 0 ? '' : uri.slice(q + 1);
  const segments: UriSegment[] = splitPath(pathPart).map((s) => {
    const m = /^\{([^}+]+)(\+)?\}$/.exec(s);
    return m ? { kind: 'label', name: m[1]!, greedy: m[2] === '+' } : { kind: 'literal', value: s };
  });
  const query = queryPart
    .split('&')
    .filter(Boolean)
    .map((p): [string, string | undefined] => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, undefined] : [p.slice(0, eq), p.slice(eq + 1)];
    });
  const pattern: UriPattern = { segments, query };
  cache.set(uri, pattern);
  return pattern;
}

function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\//, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

/**
 * Build the wire path of a pattern.
 * @param labels label name → already formatted (unencoded) text; each is percent-encoded here
 *   (greedy labels per segment, keeping `/`)
 * @throws Error naming the label when one is missing
 */
export function expandUriPattern(pattern: UriPattern, labels: Readonly<Record<string, string>>): string {
  const parts = pattern.segments.map((s) => {
    if (s.kind === 'literal') return s.value;
    const text = getOwn(labels, s.name) as string | undefined;
    if (text === undefined) throw new Error(`missing label ${s.name}`);
    return s.greedy ? percentEncodeGreedy(text) : percentEncode(text);
  });
  return `/${parts.join('/')}`;
}

/** Options of {@link matchUriPattern}. */
export interface MatchUriOptions {
  /** Also match the path with one trailing `/` (a protocol-neutral match, e.g. for handlers without a codec). */
  readonly trailingSlash?: boolean;
}

/**
 * Match a wire path (percent-encoded) against a pattern.
 * @returns label name → percent-decoded text, or `undefined` when the path does not match
 *   (also when a label segment is empty or has a malformed escape)
 */
export function matchUriPattern(pattern: UriPattern, path: string, options: MatchUriOptions = {}): Record<string, string> | undefined {
  const wire = splitPath(options.trailingSlash && path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
  const out: Record<string, string> = {};
  const go = (pi: number, wi: number): boolean => {
    if (pi === pattern.segments.length) return wi === wire.length;
    const seg = pattern.segments[pi]!;
    if (seg.kind === 'literal') {
      return wi < wire.length && safeDecode(wire[wi]!) === seg.value && go(pi + 1, wi + 1);
    }
    if (!seg.greedy) {
      const text = wi < wire.length ? safeDecode(wire[wi]!) : undefined;
      if (!text) return false;
      setOwn(out, seg.name, text);
      return go(pi + 1, wi + 1);
    }
    // greedy: one or more segments, longest first
    for (let end = wire.length; end > wi; end--) {
      const parts = wire.slice(wi, end).map(safeDecode);
      if (parts.some((p) => p === undefined)) return false;
      const text = parts.join('/');
      if (!text) continue;
      setOwn(out, seg.name, text);
      if (go(pi + 1, end)) return true;
    }
    return false;
  };
  return go(0, 0) ? out : undefined;
}

function safeDecode(segment: string): string | undefined {
  try {
    return percentDecode(segment);
  } catch {
    return undefined;
  }
}

/** Rank of a segment kind in route precedence: literal, then label, then greedy label. */
function segmentRank(segment: UriSegment): number {
  return segment.kind === 'literal' ? 0 : segment.greedy ? 2 : 1;
}

/**
 * Route precedence of two URI patterns (Smithy "HTTP binding traits", `@http` URI patterns and their
 * conflicts): a server routes a request that several patterns match to the most specific one. Segments
 * are compared from the left; at the first position whose kinds differ, a literal segment is more
 * specific than a label, and a label more specific than a greedy label (`/things/count` before
 * `/things/{id}`, `/things/{id}/{rest+}` before `/things/{rest+}`). When the kinds agree everywhere,
 * the pattern with more segments, then the one with more literal query parameters (`?type=a`), wins.
 * @returns a negative number when `a` is more specific, positive when `b` is, 0 when neither is
 *   (identical shapes such as `/a/{x}` and `/b/{y}`, which never match the same path)
 */
export function compareUriSpecificity(a: UriPattern, b: UriPattern): number {
  const shared = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < shared; i++) {
    const diff = segmentRank(a.segments[i]!) - segmentRank(b.segments[i]!);
    if (diff !== 0) return diff;
  }
  if (a.segments.length !== b.segments.length) return b.segments.length - a.segments.length;
  return b.query.length - a.query.length;
}

/** Does the request's query carry every literal query parameter of the pattern? */
export function matchLiteralQuery(pattern: UriPattern, query: ReadonlyArray<readonly [string, string]>): boolean {
  return pattern.query.every(([k, v]) => query.some(([qk, qv]) => qk === k && (v === undefined || qv === safeDecode(v))));
}
