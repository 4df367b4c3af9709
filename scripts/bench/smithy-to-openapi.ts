/**
 * A small Smithy JSON AST → OpenAPI 3.0 converter for the generation benchmark: it writes the OpenAPI
 * equivalent of a restJson1 service (`bench/assets/drs.openapi.json` from the full DRS model), so orval can
 * generate from the same API Anvil generates from. Covered: `@http` routes with label, query and header
 * bindings and JSON bodies (or an `@httpPayload` member), every shape of the operations' closure as a
 * component schema (structures with `required`, unions as one-property objects, lists, maps, enums,
 * strings, numbers with their `@length` / `@pattern` / `@range` constraints, timestamps, blobs,
 * documents), `@documentation` as `description`, and `@httpError` responses. Not covered (DRS does not
 * use them): `@httpResponseCode`, `@httpPrefixHeaders`, `@httpQueryParams`, event streams, other protocols.
 *
 * Usage: tsx scripts/bench/smithy-to-openapi.ts <model.json> <out.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Traits = Readonly<Record<string, unknown>>;
interface Member { readonly target: string; readonly traits?: Traits }
interface Shape {
  readonly type: string;
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, Member>>;
  readonly member?: Member;
  readonly key?: Member;
  readonly value?: Member;
  readonly input?: { readonly target: string };
  readonly output?: { readonly target: string };
  readonly errors?: ReadonlyArray<{ readonly target: string }>;
  readonly operations?: ReadonlyArray<{ readonly target: string }>;
  readonly collectionOperations?: ReadonlyArray<{ readonly target: string }>;
  readonly resources?: ReadonlyArray<{ readonly target: string }>;
  readonly version?: string;
  readonly [k: string]: unknown;
}
type Schema = Record<string, unknown>;

const PRELUDE: Readonly<Record<string, Schema>> = {
  String: { type: 'string' }, Boolean: { type: 'boolean' }, PrimitiveBoolean: { type: 'boolean' },
  Integer: { type: 'integer', format: 'int32' }, PrimitiveInteger: { type: 'integer', format: 'int32' },
  Long: { type: 'integer', format: 'int64' }, PrimitiveLong: { type: 'integer', format: 'int64' },
  Short: { type: 'integer' }, Byte: { type: 'integer' }, Float: { type: 'number', format: 'float' }, Double: { type: 'number', format: 'double' },
  PrimitiveFloat: { type: 'number' }, PrimitiveDouble: { type: 'number' }, Timestamp: { type: 'number' }, Blob: { type: 'string', format: 'byte' },
  Document: {}, BigInteger: { type: 'integer' }, BigDecimal: { type: 'number' },
};

const name = (id: string) => id.slice(id.indexOf('#') + 1);
const ref = (id: string): Schema => (id.startsWith('smithy.api#') ? { ...PRELUDE[name(id)] } : { $ref: `#/components/schemas/${name(id)}` });
const doc = (traits: Traits | undefined): Schema => (typeof traits?.['smithy.api#documentation'] === 'string' ? { description: traits['smithy.api#documentation'] } : {});

function constraints(traits: Traits | undefined, kind: 'string' | 'number' | 'array'): Schema {
  const out: Schema = {};
  const length = traits?.['smithy.api#length'] as { min?: number; max?: number } | undefined;
  const range = traits?.['smithy.api#range'] as { min?: number; max?: number } | undefined;
  if (length?.min !== undefined) out[kind === 'array' ? 'minItems' : 'minLength'] = length.min;
  if (length?.max !== undefined) out[kind === 'array' ? 'maxItems' : 'maxLength'] = length.max;
  if (kind === 'string' && typeof traits?.['smithy.api#pattern'] === 'string') out.pattern = traits['smithy.api#pattern'];
  if (kind === 'number' && range?.min !== undefined) out.minimum = range.min;
  if (kind === 'number' && range?.max !== undefined) out.maximum = range.max;
  return out;
}

function shapeSchema(shape: Shape): Schema {
  const t = shape.traits;
  switch (shape.type) {
    case 'structure': {
      const members = Object.entries(shape.members ?? {});
      const required = members.filter(([, m]) => m.traits?.['smithy.api#required'] !== undefined).map(([k]) => k);
      return {
        type: 'object', ...doc(t),
        properties: Object.fromEntries(members.map(([k, m]) => [k, { ...ref(m.target), ...doc(m.traits) }])),
        ...(required.length ? { required } : {}),
      };
    }
    case 'union':
      return { type: 'object', ...doc(t), minProperties: 1, maxProperties: 1, properties: Object.fromEntries(Object.entries(shape.members ?? {}).map(([k, m]) => [k, ref(m.target)])) };
    case 'list':
    case 'set':
      return { type: 'array', ...doc(t), items: ref(shape.member!.target), ...constraints(t, 'array') };
    case 'map':
      return { type: 'object', ...doc(t), additionalProperties: ref(shape.value!.target) };
    case 'enum':
      return { type: 'string', ...doc(t), enum: Object.values(shape.members ?? {}).map((m) => (m.traits?.['smithy.api#enumValue'] as string | undefined) ?? '') };
    case 'intEnum':
      return { type: 'integer', ...doc(t), enum: Object.values(shape.members ?? {}).map((m) => m.traits?.['smithy.api#enumValue']) };
    case 'string':
      return { type: 'string', ...doc(t), ...(Array.isArray(t?.['smithy.api#enum']) ? { enum: (t['smithy.api#enum'] as Array<{ value: string }>).map((e) => e.value) } : {}), ...constraints(t, 'string') };
    case 'integer': case 'short': case 'byte': case 'long':
      return { type: 'integer', ...(shape.type === 'long' ? { format: 'int64' } : {}), ...doc(t), ...constraints(t, 'number') };
    case 'float': case 'double': case 'bigDecimal':
      return { type: 'number', ...doc(t), ...constraints(t, 'number') };
    case 'bigInteger':
      return { type: 'integer', ...doc(t) };
    case 'boolean':
      return { type: 'boolean', ...doc(t) };
    case 'timestamp':
      return t?.['smithy.api#timestampFormat'] === 'date-time' ? { type: 'string', format: 'date-time', ...doc(t) } : { type: 'number', ...doc(t) };
    case 'blob':
      return { type: 'string', format: 'byte', ...doc(t) };
    default:
      return { ...doc(t) };
  }
}

/** Convert the service of `model` (the only `service` shape). */
export function smithyToOpenApi(model: { shapes: Record<string, Shape> }): Schema {
  const shapes = model.shapes;
  const [serviceId, service] = Object.entries(shapes).find(([, s]) => s.type === 'service')!;
  const schemas: Record<string, Schema> = {};
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (id.startsWith('smithy.api#') || seen.has(id)) return;
    seen.add(id);
    const shape = shapes[id];
    if (!shape) throw new Error(`${id}: not in the model`);
    schemas[name(id)] = shapeSchema(shape);
    for (const m of [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value]) if (m) visit(m.target);
  };
  const operations: string[] = [];
  const collect = (s: Shape) => {
    for (const o of [...(s.operations ?? []), ...(s.collectionOperations ?? [])]) operations.push(o.target);
    for (const r of s.resources ?? []) collect(shapes[r.target]!);
    for (const k of ['create', 'put', 'read', 'update', 'delete', 'list']) {
      const t = (s[k] as { target?: string } | undefined)?.target;
      if (t) operations.push(t);
    }
  };
  collect(service);
  const paths: Record<string, Record<string, Schema>> = {};
  const errorResponse = (id: string): [string, Schema] => {
    visit(id);
    const code = String((shapes[id]!.traits?.['smithy.api#httpError'] as number | undefined) ?? (shapes[id]!.traits?.['smithy.api#error'] === 'server' ? 500 : 400));
    return [code, { description: name(id), content: { 'application/json': { schema: ref(id) } } }];
  };
  for (const opId of [...new Set(operations)].sort()) {
    const op = shapes[opId]!;
    const http = op.traits?.['smithy.api#http'] as { method: string; uri: string; code?: number };
    const input = op.input && !op.input.target.startsWith('smithy.api#') ? shapes[op.input.target]! : { type: 'structure', members: {} };
    const output = op.output && !op.output.target.startsWith('smithy.api#') ? shapes[op.output.target]! : { type: 'structure', members: {} };
    const parameters: Schema[] = [];
    const body: Record<string, Member> = {};
    let payload: Member | undefined;
    for (const [k, m] of Object.entries(input.members ?? {})) {
      visit(m.target);
      const mt = m.traits ?? {};
      const required = mt['smithy.api#required'] !== undefined;
      if ('smithy.api#httpLabel' in mt) parameters.push({ name: k, in: 'path', required: true, schema: ref(m.target) });
      else if ('smithy.api#httpQuery' in mt) parameters.push({ name: mt['smithy.api#httpQuery'], in: 'query', required, schema: ref(m.target) });
      else if ('smithy.api#httpHeader' in mt) parameters.push({ name: mt['smithy.api#httpHeader'], in: 'header', required, schema: ref(m.target) });
      else if ('smithy.api#httpPayload' in mt) payload = m;
      else body[k] = m;
    }
    const bodySchema = (members: Record<string, Member>, opName: string, suffix: string): Schema | undefined => {
      if (!Object.keys(members).length) return undefined;
      const key = `${opName}${suffix}`;
      schemas[key] = shapeSchema({ type: 'structure', members });
      return ref(`x#${key}`);
    };
    const opName = name(opId);
    const requestSchema = payload ? ref(payload.target) : bodySchema(body, opName, 'RequestContent');
    const outBody: Record<string, Member> = {};
    for (const [k, m] of Object.entries(output.members ?? {})) {
      visit(m.target);
      if (!Object.keys(m.traits ?? {}).some((t) => t.startsWith('smithy.api#http'))) outBody[k] = m;
    }
    const responseSchema = bodySchema(outBody, opName, 'ResponseContent');
    const path = http.uri.split('?')[0]!.replace(/\{([^}+]+)\+?\}/g, '{$1}');
    (paths[path] ??= {})[http.method.toLowerCase()] = {
      operationId: opName,
      ...doc(op.traits),
      ...(parameters.length ? { parameters } : {}),
      ...(requestSchema ? { requestBody: { required: true, content: { 'application/json': { schema: requestSchema } } } } : {}),
      responses: Object.fromEntries([
        [String(http.code ?? 200), { description: `${opName} response`, ...(responseSchema ? { content: { 'application/json': { schema: responseSchema } } } : {}) }],
        ...[...(op.errors ?? []), ...((service.errors as Array<{ target: string }> | undefined) ?? [])].map((e) => errorResponse(e.target)),
      ]),
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: name(serviceId), version: service.version ?? '1.0', ...doc(service.traits) },
    servers: [{ url: 'https://drs.us-east-1.amazonaws.com' }],
    paths,
    components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) },
  };
}

if (process.argv[1]?.endsWith('smithy-to-openapi.ts')) {
  const [model, out] = process.argv.slice(2);
  if (!model || !out) throw new Error('usage: tsx scripts/bench/smithy-to-openapi.ts <model.json> <out.json>');
  writeFileSync(out, `${JSON.stringify(smithyToOpenApi(JSON.parse(readFileSync(model, 'utf8')) as { shapes: Record<string, Shape> }), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
