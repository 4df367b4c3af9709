/**
 * Extends the embedded DRS model (`models/drs/drs.json`) with real DRS operations and the shapes
 * they need, read from the full model (`$ANVIL_SHARED/models/aws/drs.json`, default `../shared`).
 * Shapes already in the embedded model are kept as they are; added shapes keep their facts (members,
 * targets, constraint, HTTP, pagination, error and idempotency traits) and drop the AWS
 * documentation, IAM and example traits (the embedded model's documentation is our own). The
 * model's `resource` shapes are not copied: the embedded model binds its resources in
 * `anvil.config.json` (`services[].stateful`), the route models without resources take.
 * The service takes the full model's endpoint traits (SERVICE_TRAITS: the rule set, its test
 * cases, client context parameters, when present), so the embedded client resolves endpoints
 * exactly like the real service's (Smithy rules engine, `smithy.rules#endpointRuleSet`).
 * Output is deterministic: trait ids are written sorted, added shapes sorted by id.
 *
 * Usage: tsx scripts/models/extend-drs.ts [Operation ...]   (default: OPERATIONS below)
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the embedded model holds (the stateful DRS binding uses them). */
export const OPERATIONS = [
  'CreateLaunchConfigurationTemplate', 'DescribeLaunchConfigurationTemplates', 'UpdateLaunchConfigurationTemplate', 'DeleteLaunchConfigurationTemplate',
  'CreateReplicationConfigurationTemplate', 'DescribeReplicationConfigurationTemplates', 'UpdateReplicationConfigurationTemplate', 'DeleteReplicationConfigurationTemplate',
  'DeleteSourceServer', 'DisconnectSourceServer',
  'StartRecovery', 'DescribeJobs', 'DeleteJob',
  'DescribeRecoveryInstances', 'DeleteRecoveryInstance', 'DisconnectRecoveryInstance',
  'CreateSourceNetwork', 'DescribeSourceNetworks', 'DeleteSourceNetwork',
  'CreateRecoveryPlan', 'GetRecoveryPlan', 'ListRecoveryPlans', 'UpdateRecoveryPlan', 'DeleteRecoveryPlan',
];

/** Service traits copied from the full model (replacing the embedded model's) when it has them. */
export const SERVICE_TRAITS = ['smithy.rules#endpointRuleSet', 'smithy.rules#endpointTests', 'smithy.rules#clientContextParams'];

const KEPT_TRAIT_PREFIXES = ['smithy.api#', 'aws.protocols#'];
const DROPPED_TRAITS = new Set(['smithy.api#documentation', 'smithy.api#examples', 'smithy.api#externalDocumentation']);

type Json = Record<string, unknown>;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(process.env['ANVIL_SHARED'] ?? join(ROOT, '..', 'shared'));
const fullFile = join(shared, 'models', 'aws', 'drs.json');
const embeddedFile = join(ROOT, 'models', 'drs', 'drs.json');
const full = JSON.parse(readFileSync(fullFile, 'utf8')) as { shapes: Record<string, Json> };
const embedded = JSON.parse(readFileSync(embeddedFile, 'utf8')) as { smithy: string; shapes: Record<string, Json> };

function cleanTraits(traits: unknown): Json | undefined {
  if (!traits || typeof traits !== 'object') return undefined;
  const out: Json = {};
  for (const [id, value] of Object.entries(traits as Json)) {
    if (DROPPED_TRAITS.has(id) || !KEPT_TRAIT_PREFIXES.some((p) => id.startsWith(p))) continue;
    out[id] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function clean(shape: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(shape)) {
    if (key === 'traits') {
      const traits = cleanTraits(value);
      if (traits) out['traits'] = traits;
    } else if (key === 'members' && value && typeof value === 'object') {
      out['members'] = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([n, m]) => [n, clean(m)]));
    } else if ((key === 'member' || key === 'key' || key === 'value') && value && typeof value === 'object') {
      out[key] = clean(value as Json);
    } else out[key] = value;
  }
  return out;
}

function targets(shape: Json): string[] {
  const out: string[] = [];
  const add = (ref: unknown) => {
    const t = (ref as { target?: unknown } | undefined)?.target;
    if (typeof t === 'string') out.push(t);
  };
  for (const key of ['input', 'output', 'member', 'key', 'value']) add(shape[key]);
  for (const e of (shape['errors'] as unknown[] | undefined) ?? []) add(e);
  for (const m of Object.values((shape['members'] as Record<string, unknown> | undefined) ?? {})) add(m);
  return out;
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : OPERATIONS;
const added: string[] = [];
const queue = wanted.map((name) => `com.amazonaws.drs#${name}`);
for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
  if (id.startsWith('smithy.api#') || embedded.shapes[id]) continue;
  const shape = full.shapes[id];
  if (!shape) throw new Error(`${fullFile}: no shape ${id}`);
  embedded.shapes[id] = clean(shape);
  added.push(id);
  queue.push(...targets(shape));
}
const serviceId = 'com.amazonaws.drs#ElasticDisasterRecoveryService';
const service = embedded.shapes[serviceId] as { operations: { target: string }[] };
for (const name of wanted) {
  const target = `com.amazonaws.drs#${name}`;
  if (!service.operations.some((o) => o.target === target)) service.operations.push({ target });
}
service.operations.sort((a, b) => (a.target < b.target ? -1 : 1));
const fullService = full.shapes[serviceId];
if (!fullService) throw new Error(`${fullFile}: no service ${serviceId}`);
const fullTraits = (fullService['traits'] ?? {}) as Json;
const serviceShape = embedded.shapes[serviceId] as Json;
const serviceTraits = { ...((serviceShape['traits'] ?? {}) as Json) };
const copiedTraits = SERVICE_TRAITS.filter((id) => fullTraits[id] !== undefined);
for (const id of copiedTraits) serviceTraits[id] = fullTraits[id];
serviceShape['traits'] = Object.fromEntries(Object.keys(serviceTraits).sort().map((id) => [id, serviceTraits[id]]));
// existing shapes keep their place; added ones follow, sorted by id
const existing = Object.entries(embedded.shapes).filter(([id]) => !added.includes(id));
embedded.shapes = Object.fromEntries([...existing, ...added.sort().map((id) => [id, embedded.shapes[id]] as const)]);
writeFileSync(`${embeddedFile}.tmp`, `${JSON.stringify(embedded, null, 4)}\n`);
renameSync(`${embeddedFile}.tmp`, embeddedFile);
console.log(`models/drs/drs.json: ${added.length} shapes added; ${service.operations.length} operations; service traits from the full model: ${copiedTraits.join(', ') || 'none'}`);
