/**
 * Amazon Machine Learning (`com.amazonaws.machinelearning#AmazonML_20141212`) SDK customisation:
 * `Predict` is sent to the endpoint in its `PredictEndpoint` input member (scheme, host, port and
 * base path), which the service hands out per real-time model. The member stays in the body.
 * Spec: Smithy AWS protocol test `MachinelearningPredictEndpoint`.
 * @packageDocumentation
 */
import type { Customization } from './customization.js';

const PREDICT = 'Predict';
const PREDICT_ENDPOINT = 'PredictEndpoint';

/** The Machine Learning customisation (see the module documentation). */
export const machineLearningCustomization: Customization = {
  name: 'machineLearning',
  finalizeRequest({ operation, input }, wire) {
    const value = input[PREDICT_ENDPOINT];
    if (operation.name !== PREDICT || typeof value !== 'string' || value === '') return { wire };
    let endpoint: URL;
    try {
      endpoint = new URL(value);
    } catch (cause) {
      throw new TypeError(`${operation.id} input member ${PREDICT_ENDPOINT} must be an absolute URL, got ${JSON.stringify(value)}`, { cause });
    }
    return { wire, endpoint };
  },
};
