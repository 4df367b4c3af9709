/**
 * Small Smithy models (JSON AST) whose generated files are kept as file
 * snapshots (`emit-snapshots.test.ts`): each exercises one part of the emitters.
 */

const S = 'smithy.api#String';
const unit = 'smithy.api#Unit';

/** One snapshot scenario: a model and the slug its packages are named with. */
export interface Scenario {
  readonly name: string;
  readonly slug: string;
  readonly model: { readonly smithy: string; readonly shapes: Record<string, unknown> };
}

const clientError = (extra: Record<string, unknown> = {}, members: Record<string, unknown> = {}) => ({
  type: 'structure',
  members: { message: { target: S }, ...members },
  traits: { 'smithy.api#error': 'client', ...extra },
});

/** restJson1: labels, query, headers, a payload-free response code, errors with retry traits. */
const restJson: Scenario = {
  name: 'rest-json',
  slug: 'pets',
  model: {
    smithy: '2.0',
    shapes: {
      'ex.pets#PetStore': {
        type: 'service',
        version: '2024-01-01',
        operations: [{ target: 'ex.pets#GetPet' }, { target: 'ex.pets#UpdatePet' }],
        errors: [{ target: 'ex.pets#Throttled' }],
        traits: { 'aws.protocols#restJson1': {}, 'aws.auth#sigv4': { name: 'pets' }, 'smithy.api#documentation': 'A <b>pet</b> store.' },
      },
      'ex.pets#GetPet': {
        type: 'operation',
        input: { target: 'ex.pets#GetPetInput' },
        output: { target: 'ex.pets#Pet' },
        errors: [{ target: 'ex.pets#NoSuchPet' }],
        traits: { 'smithy.api#http': { method: 'GET', uri: '/pets/{petId}' }, 'smithy.api#readonly': {}, 'smithy.api#documentation': 'Reads one pet.' },
      },
      'ex.pets#UpdatePet': {
        type: 'operation',
        input: { target: 'ex.pets#UpdatePetInput' },
        output: { target: 'ex.pets#UpdatePetOutput' },
        traits: { 'smithy.api#http': { method: 'PUT', uri: '/pets/{petId}', code: 202 }, 'smithy.api#idempotent': {} },
      },
      'ex.pets#GetPetInput': {
        type: 'structure',
        members: {
          petId: { target: 'ex.pets#PetId', traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
          fields: { target: 'ex.pets#FieldList', traits: { 'smithy.api#httpQuery': 'fields' } },
          traceId: { target: S, traits: { 'smithy.api#httpHeader': 'X-Trace-Id' } },
        },
      },
      'ex.pets#UpdatePetInput': {
        type: 'structure',
        members: {
          petId: { target: 'ex.pets#PetId', traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
          name: { target: S, traits: { 'smithy.api#jsonName': 'petName' } },
          tags: { target: 'ex.pets#TagMap', traits: { 'smithy.api#httpPrefixHeaders': 'x-tag-' } },
          born: { target: 'smithy.api#Timestamp', traits: { 'smithy.api#timestampFormat': 'date-time' } },
        },
      },
      'ex.pets#UpdatePetOutput': {
        type: 'structure',
        members: { status: { target: 'smithy.api#Integer', traits: { 'smithy.api#httpResponseCode': {} } } },
      },
      'ex.pets#Pet': {
        type: 'structure',
        members: {
          id: { target: 'ex.pets#PetId', traits: { 'smithy.api#required': {} } },
          kind: { target: 'ex.pets#Kind' },
          weight: { target: 'smithy.api#Double', traits: { 'smithy.api#range': { min: 0 } } },
        },
        traits: { 'smithy.api#documentation': 'A pet.' },
      },
      'ex.pets#PetId': { type: 'string', traits: { 'smithy.api#pattern': '^p-[0-9]+$', 'smithy.api#documentation': 'A pet id.' } },
      'ex.pets#Kind': { type: 'enum', members: { DOG: { target: unit, traits: { 'smithy.api#enumValue': 'dog' } }, CAT: { target: unit, traits: { 'smithy.api#enumValue': 'cat' } } } },
      'ex.pets#FieldList': { type: 'list', member: { target: S } },
      'ex.pets#TagMap': { type: 'map', key: { target: S }, value: { target: S } },
      'ex.pets#NoSuchPet': clientError({ 'smithy.api#httpError': 404 }, { petId: { target: 'ex.pets#PetId' } }),
      'ex.pets#Throttled': clientError({ 'smithy.api#httpError': 429, 'smithy.api#retryable': { throttling: true } }),
    },
  },
};

/** awsJson1_1: service pagination defaults merged with an operation's, a waiter, a server error. */
const awsJsonPaginated: Scenario = {
  name: 'aws-json-paginated',
  slug: 'jobs',
  model: {
    smithy: '2.0',
    shapes: {
      'ex.jobs#JobService': {
        type: 'service',
        version: '2024-01-01',
        operations: [{ target: 'ex.jobs#ListJobs' }, { target: 'ex.jobs#DescribeJob' }],
        traits: {
          'aws.protocols#awsJson1_1': {},
          'aws.api#service': { sdkId: 'Jobs', endpointPrefix: 'jobs' },
          'smithy.api#paginated': { inputToken: 'nextToken', outputToken: 'nextToken', pageSize: 'maxResults' },
        },
      },
      'ex.jobs#ListJobs': {
        type: 'operation',
        input: { target: 'ex.jobs#ListJobsInput' },
        output: { target: 'ex.jobs#ListJobsOutput' },
        errors: [{ target: 'ex.jobs#InternalError' }],
        traits: { 'smithy.api#paginated': { items: 'jobs' }, 'smithy.api#readonly': {} },
      },
      'ex.jobs#DescribeJob': {
        type: 'operation',
        input: { target: 'ex.jobs#DescribeJobInput' },
        output: { target: 'ex.jobs#Job' },
        errors: [{ target: 'ex.jobs#InternalError' }],
        traits: {
          'smithy.waiters#waitable': {
            JobDone: {
              documentation: 'Waits until the job has finished.',
              minDelay: 5,
              acceptors: [
                { state: 'success', matcher: { output: { path: 'state', expected: 'DONE', comparator: 'stringEquals' } } },
                { state: 'failure', matcher: { output: { path: 'state', expected: 'FAILED', comparator: 'stringEquals' } } },
              ],
            },
          },
        },
      },
      'ex.jobs#ListJobsInput': { type: 'structure', members: { nextToken: { target: S }, maxResults: { target: 'smithy.api#Integer' } } },
      'ex.jobs#ListJobsOutput': { type: 'structure', members: { nextToken: { target: S }, jobs: { target: 'ex.jobs#JobList' } } },
      'ex.jobs#DescribeJobInput': { type: 'structure', members: { jobId: { target: S, traits: { 'smithy.api#required': {} } } } },
      'ex.jobs#JobList': { type: 'list', member: { target: 'ex.jobs#Job' } },
      'ex.jobs#Job': { type: 'structure', members: { jobId: { target: S }, state: { target: 'ex.jobs#JobState' } } },
      'ex.jobs#JobState': { type: 'enum', members: { RUNNING: { target: unit }, DONE: { target: unit }, FAILED: { target: unit } } },
      'ex.jobs#InternalError': { type: 'structure', members: { message: { target: S } }, traits: { 'smithy.api#error': 'server' } },
    },
  },
};

/** Unit input and output, no errors, no protocol trait (restJson1 by default): the smallest packages. */
const unitIo: Scenario = {
  name: 'unit-io',
  slug: 'health',
  model: {
    smithy: '2.0',
    shapes: {
      'ex.health#Health': { type: 'service', version: '1', operations: [{ target: 'ex.health#Ping' }] },
      'ex.health#Ping': { type: 'operation', input: { target: unit }, output: { target: unit }, traits: { 'smithy.api#http': { method: 'POST', uri: '/ping' } } },
    },
  },
};

/** Names and strings that try to break generated code. */
const hostileNames: Scenario = {
  name: 'hostile-names',
  slug: 'evil',
  model: {
    smithy: '2.0',
    shapes: {
      'evil#Service': {
        type: 'service',
        version: '1',
        operations: [{ target: 'evil#Create' }, { target: 'evil#default' }],
        errors: [{ target: 'evil#errors' }],
        traits: { 'aws.protocols#awsJson1_0': {}, 'smithy.api#documentation': 'Ends */ early; @deprecated forged ${x} `tick`' },
      },
      'evil#Create': { type: 'operation', input: { target: 'evil#Object' }, output: { target: 'evil#Promise' } },
      'evil#default': { type: 'operation', input: { target: 'evil#EvilClient' } },
      'evil#Object': {
        type: 'structure',
        members: {
          constructor: { target: S, traits: { 'smithy.api#required': {} } },
          ['__proto__']: { target: 'evil#Unit' },
          toString: { target: 'evil#Date' },
          valueOf: { target: S, traits: { 'smithy.api#length': { max: 3 } } },
        },
      },
      'evil#Promise': { type: 'structure', members: { then: { target: S } } },
      'evil#EvilClient': { type: 'structure', members: { shapes: { target: S } } },
      'evil#Date': { type: 'timestamp' },
      'evil#Unit': {
        type: 'enum',
        members: {
          QUOTE: { target: unit, traits: { 'smithy.api#enumValue': 'a"b\'c' } },
          ['__proto__']: { target: unit, traits: { 'smithy.api#enumValue': '${process.exit(1)}' } },
          CLOSE: { target: unit, traits: { 'smithy.api#enumValue': '*/</script>' } },
        },
      },
      'evil#errors': { type: 'structure', members: { message: { target: S }, name: { target: S }, stack: { target: S } }, traits: { 'smithy.api#error': 'client' } },
    },
  },
};

/** Every snapshot scenario. */
export const SCENARIOS: readonly Scenario[] = [restJson, awsJsonPaginated, unitIo, hostileNames];
