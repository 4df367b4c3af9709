/**
 * `application/x-www-form-urlencoded` bodies of the query protocols: decoded key/value pairs ⇄ text.
 * Keys and values are percent-encoded per RFC 3986 (only `A-Z a-z 0-9 - . _ ~` stay as they are,
 * a space is `%20`); reading also accepts `+` for a space, as HTML forms send it.
 * @packageDocumentation
 */

/** Media type of query protocol request bodies. */
export const FORM_URLENCODED = 'application/x-www-form-urlencoded';

function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Encode pairs in order as `k=v&k2=v2`. */
export function writeForm(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
}

/** Decode `k=v&k2=v2` into pairs in order; a key without `=` gets `''`, malformed escapes are kept verbatim. */
export function parseForm(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]);
  }
  return pairs;
}
