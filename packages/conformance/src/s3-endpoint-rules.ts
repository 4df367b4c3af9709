/**
 * S3 addressing for the S3 compliance cases: the protocol-test S3 service (`com.amazonaws.s3#AmazonS3` of the AWS
 * protocol tests) has no endpoint rule set, yet its cases expect the hosts S3's endpoint rules choose
 * (`mybucket.s3.us-west-2.amazonaws.com`, dual-stack, accelerate, path style). The harness applies the real S3
 * model's rule set and `clientContextParams` to that service, and its operations' endpoint parameter bindings
 * (`staticContextParams`, `operationContextParams`, members' `contextParam`) to the operations and input members of
 * the same ids, in a JSON AST file of `apply` statements loaded with the tests. The client then resolves endpoints
 * through the same rule-set evaluator generated S3 clients use, and `s3Customization` takes the bucket out of the
 * path; the case's `vendorParams` become client configuration ({@link s3ClientConfig}).
 * @packageDocumentation
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model } from '@anvil/smithy-model';
import { REPO_ROOT } from './shared.js';

/** The Amazon S3 service shape id (the protocol-test model and the corpus model use it alike). */
export const S3_SERVICE_ID = 'com.amazonaws.s3#AmazonS3';
/** The real S3 model in the shared data (`$ANVIL_SHARED/<this>`). */
const S3_MODEL = 'models/api-models-aws-2026-04/s3/service/2006-03-01/s3-2006-03-01.json';
const SERVICE_TRAITS = ['smithy.rules#endpointRuleSet', 'smithy.rules#clientContextParams'];
const OPERATION_TRAITS = ['smithy.rules#staticContextParams', 'smithy.rules#operationContextParams'];
const MEMBER_TRAIT = 'smithy.rules#contextParam';

type Json = Record<string, unknown>;
type AstShape = { traits?: Json; input?: { target?: string }; members?: Record<string, { traits?: Json }> };

const pick = (traits: Json | undefined, names: readonly string[]): Json =>
  Object.fromEntries(names.filter((n) => traits?.[n] !== undefined).map((n) => [n, traits![n]]));

/**
 * Write the `apply` file for the S3 test service, when the loaded model has it and the real S3 model is there.
 * @param model the loaded compliance-test model
 * @param dir where to write `s3-endpoint-rules.json`
 * @returns the file written, or `undefined` (no S3 test service, or no real S3 model in the shared data)
 * @throws Error when the real S3 model has no endpoint rule set (a corpus that changed shape)
 */
export function writeS3EndpointRules(model: Model, dir: string): string | undefined {
  if (!model.shapes.has(S3_SERVICE_ID)) return undefined;
  const file = resolve(process.env['ANVIL_SHARED'] ?? join(REPO_ROOT, '..', 'shared'), S3_MODEL);
  if (!existsSync(file)) return undefined;
  const real = (JSON.parse(readFileSync(file, 'utf8')) as { shapes: Record<string, AstShape> }).shapes;
  const serviceTraits = pick(real[S3_SERVICE_ID]?.traits, SERVICE_TRAITS);
  if (!serviceTraits['smithy.rules#endpointRuleSet']) throw new Error(`${file}: ${S3_SERVICE_ID} has no smithy.rules#endpointRuleSet`);
  const shapes: Record<string, Json> = { [S3_SERVICE_ID]: { type: 'apply', traits: serviceTraits } };
  for (const shape of model.shapes.values()) {
    const source = real[shape.id];
    if (shape.type !== 'operation' || !source) continue;
    const traits = pick(source.traits, OPERATION_TRAITS);
    if (Object.keys(traits).length > 0) shapes[shape.id] = { type: 'apply', traits };
    const input = model.shapes.get(shape.input);
    const realInput = source.input?.target === undefined ? undefined : real[source.input.target];
    if (input?.type !== 'structure' || !realInput?.members) continue;
    for (const member of input.members) {
      const bound = realInput.members[member.name]?.traits?.[MEMBER_TRAIT];
      if (bound !== undefined) shapes[member.id] = { type: 'apply', traits: { [MEMBER_TRAIT]: bound } };
    }
  }
  const out = join(dir, 's3-endpoint-rules.json');
  writeFileSync(out, JSON.stringify({ smithy: '2.0', shapes }));
  return out;
}

/** The AWS compliance tests' `aws.protocoltests.config#AwsConfig` vendor params, as far as S3 addressing reads them. */
interface S3Scope {
  readonly region?: string;
  readonly s3?: { readonly addressing_style?: string; readonly use_dualstack_endpoint?: boolean; readonly use_accelerate_endpoint?: boolean };
}

/** What {@link s3ClientConfig} gives: `ClientConfig` options of S3 addressing. */
export interface S3AddressingConfig {
  region?: string;
  forcePathStyle?: boolean;
  useDualstackEndpoint?: boolean;
  useAccelerateEndpoint?: boolean;
}

/**
 * Client configuration from a case's `vendorParams.scopedConfig` (`aws.protocoltests.config#AwsConfig`): the
 * client scope's `region`, and S3's `addressing_style` (`path` → `forcePathStyle`; `virtual` / `auto` → virtual
 * hosting where the bucket allows it), `use_dualstack_endpoint`, `use_accelerate_endpoint`; the operation scope
 * wins over the client scope, as in the SDKs.
 * @param vendorParams the case's `vendorParams` (anything else gives `{}`)
 */
export function s3ClientConfig(vendorParams: unknown): S3AddressingConfig {
  const scoped = (vendorParams as { scopedConfig?: { client?: S3Scope; operation?: S3Scope } } | undefined)?.scopedConfig;
  if (!scoped) return {};
  const config: S3AddressingConfig = {};
  for (const scope of [scoped.client, scoped.operation]) {
    if (!scope) continue;
    if (typeof scope.region === 'string') config.region = scope.region;
    const s3 = scope.s3;
    if (s3?.addressing_style !== undefined) config.forcePathStyle = s3.addressing_style === 'path';
    if (typeof s3?.use_dualstack_endpoint === 'boolean') config.useDualstackEndpoint = s3.use_dualstack_endpoint;
    if (typeof s3?.use_accelerate_endpoint === 'boolean') config.useAccelerateEndpoint = s3.use_accelerate_endpoint;
  }
  return config;
}
