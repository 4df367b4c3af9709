/** Machine Learning customisation: `Predict` goes to its `PredictEndpoint`. */
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { machineLearningCustomization } from './machine-learning.js';
import { sendWith, UNIT } from './__fixtures__/send.js';

const ML$: ServiceSchema = {
  id: 'com.amazonaws.machinelearning#AmazonML_20141212',
  name: 'AmazonML_20141212',
  sdkId: 'Machine Learning',
  version: '2014-12-12',
  protocol: 'awsJson1_1',
  errors: [],
  auth: [],
};
const PredictInput$: StructureSchema = {
  type: 'structure',
  name: 'PredictInput',
  members: { MLModelId: { target: { type: 'string' } }, PredictEndpoint: { target: { type: 'string' } } },
};
const Predict$: OperationSchema = { id: 'com.amazonaws.machinelearning#Predict', name: 'Predict', input: PredictInput$, output: UNIT, errors: [] };
const GetMLModel$: OperationSchema = { ...Predict$, id: 'com.amazonaws.machinelearning#GetMLModel', name: 'GetMLModel' };

describe('machineLearningCustomization', () => {
  it('sends Predict to PredictEndpoint (scheme, host, port, base path) and keeps the member in the body', async () => {
    const input = { MLModelId: 'foo', PredictEndpoint: 'http://custom.example.net:8443/base/' };
    const sent = await sendWith(ML$, Predict$, input, [machineLearningCustomization]);
    expect(sent.url).toBe('http://custom.example.net:8443/base/');
    expect(sent.headers['x-amz-target']).toBe('AmazonML_20141212.Predict');
    expect(JSON.parse(sent.body)).toEqual(input);
  });

  it('uses the client endpoint without PredictEndpoint, and for other operations', async () => {
    expect((await sendWith(ML$, Predict$, { MLModelId: 'foo' }, [machineLearningCustomization])).url).toBe('https://example.com/');
    const other = await sendWith(ML$, GetMLModel$, { PredictEndpoint: 'https://custom.example.com/' }, [machineLearningCustomization]);
    expect(other.url).toBe('https://example.com/');
  });

  it('rejects a PredictEndpoint that is not an absolute URL, naming the operation and member', async () => {
    await expect(sendWith(ML$, Predict$, { PredictEndpoint: 'custom.example.com' }, [machineLearningCustomization])).rejects.toThrow(
      'com.amazonaws.machinelearning#Predict input member PredictEndpoint must be an absolute URL, got "custom.example.com"',
    );
  });
});
