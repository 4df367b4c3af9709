/**
 * Header look-ups on wire header maps (case-insensitive names; media types without parameters).
 * @packageDocumentation
 */
import type { HeaderMap } from './messages.js';

/**
 * Look a header up by name, ignoring the case of the map's keys (wire maps are lower-cased, hand-built ones may not be).
 * @param name lower-case header name
 * @returns `[key as written in the map, value]`, or `undefined` when absent
 */
export function findHeader(headers: HeaderMap, name: string): [string, string] | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return [k, v];
  return undefined;
}

/** The media type of a `content-type` header without parameters, lower-cased (`''` when absent). */
export function mediaTypeOf(headers: HeaderMap): string {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'content-type') return (v.split(';')[0] ?? '').trim().toLowerCase();
  }
  return '';
}
