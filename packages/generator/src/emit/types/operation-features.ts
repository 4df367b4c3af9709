/**
 * The codec features an operation schema lists (`OperationSchema.features` of `@anvil/runtime`): which optional
 * codec parts the closure of its input, output and errors (the service's included) needs, so a one-operation
 * client bundle carries only those (issue #18). Only for the protocols whose client codecs read them
 * (restJson1, awsJson1_0, awsJson1_1); the other client codecs bundle every part.
 *
 * - `timestamps`: a `timestamp` anywhere in the closure;
 * - `base64`: a `blob` that is not a raw `@httpPayload` / `@eventPayload` member, or a `@mediaType` string bound
 *   to a header (`@httpHeader`, `@httpPrefixHeaders`; Smithy "httpHeader trait": such strings are base64);
 * - `bigNumbers`: a `bigInteger` or `bigDecimal` (the JSON reader keeping number literals exact);
 * - `unions`: a union that is not an event stream (event streams are framed messages, read by the event-stream code);
 * - `requestBindings` (restJson1): an input member bound to a label, the query string or a header;
 * - `payloads` (restJson1): an input or output member bound to the whole body (`@httpPayload`);
 * - `headerValues` (restJson1): an output or error member bound to a header (`@httpHeader`, `@httpPrefixHeaders`)
 *   whose value is not plain text or an integer (anything but a string without `@mediaType`, an enum, an intEnum,
 *   a byte, short, integer or long; lists included).
 * @packageDocumentation
 */
import { RUNTIME, type RuntimeExport } from '../../manifest.js';
import type { MemberNode, OperationNode, ServiceNode, ShapeNode, SimpleShapeData } from '../../resolve/index.js';

/** A codec feature: its key in `CodecFeatures` and the runtime export implementing it. */
export type CodecFeatureName = 'timestamps' | 'base64' | 'bigNumbers' | 'unions' | 'requestBindings' | 'payloads' | 'headerValues';

/** The runtime export of each feature, in the order features are printed. */
export const CODEC_FEATURES: ReadonlyArray<readonly [CodecFeatureName, RuntimeExport]> = [
  ['timestamps', RUNTIME.timestampFeature],
  ['base64', RUNTIME.base64Feature],
  ['bigNumbers', RUNTIME.bigNumberFeature],
  ['unions', RUNTIME.unionFeature],
  ['requestBindings', RUNTIME.requestBindingFeature],
  ['payloads', RUNTIME.payloadFeature],
  ['headerValues', RUNTIME.headerValueFeature],
];

/** Protocols whose client codec halves take their features from the operation schema. */
const FEATURE_PROTOCOLS: ReadonlySet<string> = new Set(['restJson1', 'awsJson1_0', 'awsJson1_1']);

const byService = new WeakMap<ServiceNode, Map<string, ShapeNode>>();

function shapesOf(service: ServiceNode): Map<string, ShapeNode> {
  let map = byService.get(service);
  if (!map) {
    map = new Map(service.shapes.map((s) => [s.schemaName, s]));
    byService.set(service, map);
  }
  return map;
}

/** Walks a closure once, collecting the features its shapes need. */
class FeatureWalk {
  readonly found = new Set<CodecFeatureName>();
  private readonly seen = new Set<string>();

  /** @param httpBindings restJson1: `@httpPayload` blobs are raw bytes and `@httpHeader` strings with `@mediaType` base64 (awsJson ignores both traits) */
  constructor(
    private readonly shapes: Map<string, ShapeNode>,
    private readonly httpBindings: boolean,
  ) {}

  /** A named aggregate (structure, union, list, map) or simple shape, by schema name. */
  shape(schemaName: string): void {
    if (this.seen.has(schemaName)) return;
    this.seen.add(schemaName);
    const shape = this.shapes.get(schemaName);
    if (!shape) return;
    switch (shape.kind) {
      case 'simple':
        this.simple(shape, false, false);
        return;
      case 'enum':
        return;
      case 'list':
        this.member(shape.member, false);
        return;
      case 'map':
        this.member(shape.key, false);
        this.member(shape.value, false);
        return;
      case 'union':
        if (!shape.streaming) this.found.add('unions');
        for (const m of shape.members) this.member(m, false);
        return;
      case 'structure':
        for (const m of shape.members) this.member(m, this.httpBindings && (m.httpHeader !== undefined || m.httpPrefixHeaders !== undefined));
        return;
    }
  }

  /** @param inHeader the member is bound to a header (its strings with `@mediaType` are base64) */
  private member(m: MemberNode, inHeader: boolean): void {
    const ref = m.schema;
    const raw = (this.httpBindings && m.httpPayload) || m.eventPayload;
    if (ref.kind === 'inline') this.simple(ref.shape, raw, inHeader);
    else if (ref.kind === 'named') {
      const target = this.shapes.get(ref.name);
      if (target?.kind === 'simple') this.simple(target, raw, inHeader);
      else if (inHeader && (target?.kind === 'list' || target?.kind === 'map')) {
        // header lists and prefix-header maps: their items are header values too
        const item = target.kind === 'list' ? target.member : target.value;
        this.member(item, true);
      } else this.shape(ref.name);
    }
  }

  private simple(shape: SimpleShapeData, raw: boolean, inHeader: boolean): void {
    if (shape.type === 'timestamp') this.found.add('timestamps');
    else if (shape.type === 'blob' && !raw) this.found.add('base64');
    else if (shape.type === 'string' && inHeader && shape.mediaType !== undefined) this.found.add('base64');
    else if (shape.type === 'bigInteger' || shape.type === 'bigDecimal') this.found.add('bigNumbers');
  }
}

const INTEGERS: ReadonlySet<string> = new Set(['byte', 'short', 'integer', 'long']);

/** A string without `@mediaType` (its header text is its value), or an integer (parsed without the feature). */
const plainText = (shape: SimpleShapeData): boolean => (shape.type === 'string' && shape.mediaType === undefined) || INTEGERS.has(shape.type);

/** Does a response-header member (its value, for a prefix-header map) need more than the header text (a plain string, an enum, an integer)? */
function parsedHeader(shapes: Map<string, ShapeNode>, m: MemberNode): boolean {
  const target = m.schema.kind === 'named' ? shapes.get(m.schema.name) : undefined;
  const ref = (m.httpPrefixHeaders !== undefined && target?.kind === 'map' ? target.value : m).schema;
  if (ref.kind === 'inline') return !plainText(ref.shape);
  const shape = ref.kind === 'named' ? shapes.get(ref.name) : undefined;
  if (shape?.kind === 'enum') return false;
  return shape?.kind !== 'simple' || !plainText(shape);
}

/**
 * The features the operation's schema lists, in {@link CODEC_FEATURES} order; none for protocols whose client
 * codecs do not read them.
 */
export function operationFeatures(service: ServiceNode, op: OperationNode): CodecFeatureName[] {
  if (!FEATURE_PROTOCOLS.has(service.protocol)) return [];
  const walk = new FeatureWalk(shapesOf(service), service.protocol === 'restJson1');
  const rest = service.protocol === 'restJson1';
  if (op.input.kind === 'structure') {
    walk.shape(op.input.shape.schemaName);
    const bound = (m: MemberNode) => m.httpLabel || m.httpQuery !== undefined || m.httpQueryParams || m.httpHeader !== undefined || m.httpPrefixHeaders !== undefined;
    if (rest && op.input.shape.members.some(bound)) walk.found.add('requestBindings');
    if (rest && op.input.shape.members.some((m) => m.httpPayload)) walk.found.add('payloads');
  }
  if (op.output.kind === 'structure') {
    walk.shape(op.output.shape.schemaName);
    if (rest && op.output.shape.members.some((m) => m.httpPayload)) walk.found.add('payloads');
  }
  for (const e of [...op.errors, ...service.errors]) walk.shape(e.schemaName);
  if (rest) {
    const shapes = shapesOf(service);
    const responses = [...(op.output.kind === 'structure' ? [op.output.shape] : []), ...[...op.errors, ...service.errors].map((e) => shapes.get(e.schemaName))];
    const headerBound = (m: MemberNode) => m.httpHeader !== undefined || m.httpPrefixHeaders !== undefined;
    if (responses.some((s) => s?.kind === 'structure' && s.members.some((m) => headerBound(m) && parsedHeader(shapes, m)))) walk.found.add('headerValues');
  }
  return CODEC_FEATURES.filter(([name]) => walk.found.has(name)).map(([name]) => name);
}
