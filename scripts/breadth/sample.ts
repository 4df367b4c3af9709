/**
 * The corpus sample the support matrix type-checks under every TypeScript version
 * (`pnpm breadth --sample`; docs/matrix.md): 14 services covering every protocol of the
 * corpus, the biggest model, event streams and the name clashes the corpus revealed
 * (docs/breadth.md); about 13 MB of generated source, kept small because CI checks it under
 * TypeScript 6.0 and 7.0. Under 5.9 the suite's `packages/generator/test/corpus-sample.test.ts`
 * checks a wider sample (31 services, all of these but device-farm and mwaa). The corpus has no ec2
 * and no member named like a member of `Object.prototype`; the generator's hostile-model tests
 * cover those names.
 * @packageDocumentation
 */

/** Model directory → why it is in the sample. */
export const MATRIX_SAMPLE: Readonly<Record<string, string>> = {
  lambda: 'restJson1; an event stream (InvokeWithResponseStream)',
  'bedrock-runtime': 'restJson1; event streams in both directions',
  'transcribe-streaming': 'restJson1; input event streams',
  mwaa: 'restJson1; a shape named Unit',
  'device-farm': 'awsJson1_1; paginated map keyed by an enum',
  sagemaker: 'awsJson1_1; the biggest model (396 operations, 2,941 shapes)',
  kinesis: 'awsJson1_1; an event stream',
  dynamodb: 'awsJson1_0',
  sqs: 'awsJson1_0',
  cloudwatch: 'rpcv2Cbor (also awsJson1_0 and awsQuery)',
  'arc-region-switch': 'rpcv2Cbor',
  s3: 'restXml; streaming blobs, an event stream (SelectObjectContent)',
  sts: 'awsQuery',
  'elastic-beanstalk': 'awsQuery; a shape named like the emitted service exception',
};
