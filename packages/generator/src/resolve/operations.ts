/**
 * Operation nodes: names, input/output with `smithy.api#Unit` resolved, the
 * HTTP binding, merged pagination, auth, errors, endpoint parameters,
 * compression and checksum flags, and waiters.
 * @packageDocumentation
 */
import type { OperationShape, ServiceShape, ShapeId } from '@anvil/smithy-model';
import type { OperationNamer } from '../naming/index.js';
import { operationAuth } from './auth.js';
import type { ResolveContext } from './context.js';
import { endpointParams } from './endpoint-params.js';
import { mergePaginated, paginatorNode } from './paginated.js';
import { CLIENT_RUNTIME, type RuntimeExport } from '../manifest.js';
import type { ErrorRefNode, HttpBindingNode, HttpChecksumNode, IoNode, OperationNode } from './service-nodes.js';
import type { ShapeNode } from './shape-nodes.js';
import { TRAIT_IDS, UNIT_ID } from './trait-ids.js';
import { deprecation, documentation, has, objectValue } from './traits.js';
import { waiters } from './waiters.js';

/** A reference to a modeled error. */
export function errorRef(ctx: ResolveContext, id: ShapeId): ErrorRefNode {
  return { id, name: ctx.closure.nameOf(id), typeName: ctx.namer.typeName(id), schemaName: ctx.namer.schemaName(id) };
}

/** Resolve an input or output id against the resolved shapes. */
function ioNode(id: ShapeId, shapes: ReadonlyMap<ShapeId, ShapeNode>): IoNode {
  if (id === UNIT_ID) return { kind: 'unit' };
  const shape = shapes.get(id);
  if (shape?.kind !== 'structure') throw new Error(`${id}: an operation input or output must be a structure`);
  return { kind: 'structure', shape, hasRequiredMember: shape.members.some((m) => m.requiredInType) };
}

/** Which streaming support the operation needs (see {@link OperationNode.streaming}). */
function streamingSupport(ios: readonly IoNode[], shapes: ReadonlyMap<ShapeId, ShapeNode>): { streaming?: RuntimeExport } {
  const targets = ios.flatMap((io) => (io.kind === 'structure' ? io.shape.members.map((m) => shapes.get(m.target)) : []));
  if (targets.some((s) => s?.kind === 'union' && s.streaming)) return { streaming: CLIENT_RUNTIME.eventStreaming };
  if (targets.some((s) => s?.kind === 'simple' && s.streaming)) return { streaming: CLIENT_RUNTIME.blobStreaming };
  return {};
}

/** `@http`, with `code` defaulting to 200. */
function httpBinding(op: OperationShape): HttpBindingNode | undefined {
  const http = objectValue(op.traits, TRAIT_IDS.http);
  return http ? { method: String(http.method), uri: String(http.uri), code: Number(http.code ?? 200) } : undefined;
}

/**
 * Resolve one operation.
 * @param shapes the service's resolved shapes by id
 * @param namer names the operations of this service (in closure order, so later clashes get suffixes)
 */
export function operationNode(
  ctx: ResolveContext,
  op: OperationShape,
  service: ServiceShape,
  shapes: ReadonlyMap<ShapeId, ShapeNode>,
  namer: OperationNamer,
): OperationNode {
  const name = ctx.closure.nameOf(op.id);
  const t = op.traits;
  const input = ioNode(op.input, shapes);
  const output = ioNode(op.output, shapes);
  const paginated = mergePaginated(t, service.traits);
  const paginator = paginatorNode(ctx, paginated, output);
  const http = httpBinding(op);
  const doc = documentation(t);
  const deprecated = deprecation(t);
  const hostPrefix = objectValue(t, TRAIT_IDS.endpoint)?.hostPrefix;
  const compression = objectValue(t, TRAIT_IDS.requestCompression);
  const params = endpointParams(ctx, op);
  const checksum = httpChecksum(objectValue(t, TRAIT_IDS.httpChecksum));
  return {
    id: op.id,
    name,
    schemaName: ctx.namer.schemaName(op.id),
    names: namer.name(name),
    ...(doc === undefined ? {} : { documentation: doc }),
    ...(deprecated === undefined ? {} : { deprecated }),
    input,
    output,
    errors: [...new Set([...op.errors, ...service.errors])].map((id) => errorRef(ctx, id)),
    ...(http ? { http } : {}),
    ...(paginated ? { paginated } : {}),
    ...(paginator ? { paginator } : {}),
    idempotent: has(t, TRAIT_IDS.idempotent),
    readonly: has(t, TRAIT_IDS.readonly),
    ...(typeof hostPrefix === 'string' && hostPrefix ? { hostPrefix } : {}),
    ...operationAuth(t, service.traits),
    ...(compression ? { requestCompression: { encodings: Array.isArray(compression.encodings) ? compression.encodings : [] } } : {}),
    httpChecksumRequired: has(t, TRAIT_IDS.httpChecksumRequired),
    ...(checksum ? { httpChecksum: checksum } : {}),
    ...(params ? { endpointParams: params } : {}),
    waiters: waiters(t),
    s3UnwrappedXmlOutput: ctx.xml.xml && has(t, TRAIT_IDS.s3UnwrappedXmlOutput),
    ...streamingSupport([input, output], shapes),
  };
}

/**
 * `aws.protocols#httpChecksum` (AWS "httpChecksum trait") as a node: string members kept, `responseAlgorithms`
 * filtered to strings, `requestChecksumRequired` only when `true`.
 * @param trait the trait value, when the operation has it
 */
function httpChecksum(trait: Readonly<Record<string, unknown>> | undefined): HttpChecksumNode | undefined {
  if (!trait) return undefined;
  const { requestAlgorithmMember, requestChecksumRequired, requestValidationModeMember, responseAlgorithms } = trait;
  const algorithms = Array.isArray(responseAlgorithms) ? responseAlgorithms.filter((a): a is string => typeof a === 'string') : [];
  return {
    ...(typeof requestAlgorithmMember === 'string' ? { requestAlgorithmMember } : {}),
    ...(requestChecksumRequired === true ? { requestChecksumRequired: true as const } : {}),
    ...(typeof requestValidationModeMember === 'string' ? { requestValidationModeMember } : {}),
    ...(algorithms.length > 0 ? { responseAlgorithms: algorithms } : {}),
  };
}
