/**
 * The corpus sample the support matrix type-checks under every TypeScript version
 * (`pnpm breadth --sample`; docs/matrix.md): 16 services covering every protocol of the
 * corpus, the biggest model, event streams and the name clashes the corpus revealed
 * (docs/breadth.md). The corpus has no ec2 and no member named like a member of
 * `Object.prototype`; those are covered by the generator's hostile-model tests.
 * `packages/generator/test/corpus-sample.test.ts` checks a wider sample under 5.9 only.
 * @packageDocumentation
 */

/** Model directory → why it is in the sample. */
export const MATRIX_SAMPLE: Readonly<Record<string, string>> = {
  lambda: 'restJson1; an event stream (InvokeWithResponseStream)',
  'bedrock-runtime': 'restJson1; event streams in both directions',
  'transcribe-streaming': 'restJson1; input event streams',
  datazone: 'restJson1; a shape named Unit',
  'device-farm': 'awsJson1_1; paginated map keyed by an enum',
  sagemaker: 'awsJson1_1; the biggest model (396 operations, 2,941 shapes)',
  kinesis: 'awsJson1_1; an event stream',
  dynamodb: 'awsJson1_0',
  sqs: 'awsJson1_0',
  cloudwatch: 'rpcv2Cbor (also awsJson1_0 and awsQuery)',
  'arc-region-switch': 'rpcv2Cbor',
  s3: 'restXml; streaming blobs, an event stream (SelectObjectContent)',
  cloudfront: 'restXml',
  iam: 'awsQuery',
  sts: 'awsQuery',
  'elastic-beanstalk': 'awsQuery; a shape named like the emitted service exception',
};
