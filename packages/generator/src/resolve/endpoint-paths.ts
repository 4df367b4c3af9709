/**
 * The literal base paths of a service's endpoints (Smithy "Endpoint rules": an endpoint's `url`):
 * Amazon Location's geo-maps and geo-routes endpoints are `https://maps.geo.{Region}.{…}/v2`, so
 * their clients send `/v2/glyphs/…` for the `@http` URI `/glyphs/…`, and their mocks must accept it.
 * @packageDocumentation
 */

const URL_WITH_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)$/i;

function collectUrls(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectUrls(item, out);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    const endpoint = record['endpoint'];
    if (typeof endpoint === 'object' && endpoint !== null && typeof (endpoint as Record<string, unknown>)['url'] === 'string') out.push((endpoint as Record<string, string>)['url']!);
    for (const value of Object.values(record)) collectUrls(value, out);
  }
}

/**
 * The distinct literal paths after the host of the rule set's endpoint URLs, without a trailing
 * slash (`['/v2']`). URLs whose path is a template (`{url#path}`: S3 and custom endpoints) or empty
 * give none.
 * @param ruleSet the `smithy.rules#endpointRuleSet` trait value (read leniently: anything else gives `[]`)
 * @returns sorted paths, e.g. `['/v2']`
 */
export function endpointBasePaths(ruleSet: unknown): string[] {
  const urls: string[] = [];
  collectUrls(ruleSet, urls);
  const paths = new Set<string>();
  for (const url of urls) {
    const path = URL_WITH_PATH.exec(url)?.[1]?.replace(/\/+$/, '');
    if (path && !path.includes('{')) paths.add(path);
  }
  return [...paths].sort();
}
