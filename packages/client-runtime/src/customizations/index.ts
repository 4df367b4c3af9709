/**
 * Per-service SDK customisations (behaviour the Smithy models do not express). Generated clients
 * import only their service's customisation(s) by name and pass them in `ClientBinding.customizations`.
 * @packageDocumentation
 */
import { apiGatewayCustomization } from './api-gateway.js';
import { glacierCustomization } from './glacier.js';
import { machineLearningCustomization } from './machine-learning.js';
import { s3Customization } from './s3.js';
import type { Customization } from './customization.js';

export { apiGatewayCustomization, glacierCustomization, machineLearningCustomization, s3Customization };
export { treeHash, TREE_HASH_CHUNK_BYTES } from './tree-hash.js';
export type { Customization, CustomizationContext, CustomizedRequest } from './customization.js';

/**
 * Every customisation by its export name (the names generated clients import). For tools that
 * pick customisations by name (the conformance harness); generated clients import them directly.
 */
export const CUSTOMIZATIONS: Readonly<Record<string, Customization>> = {
  apiGatewayCustomization,
  glacierCustomization,
  machineLearningCustomization,
  s3Customization,
};
