/**
 * Amazon API Gateway (`com.amazonaws.apigateway#BackplaneControlService`) SDK customisation:
 * every request carries `Accept: application/json` (replacing any other `Accept`).
 * Spec: Smithy AWS protocol test `ApiGatewayAccept`.
 * @packageDocumentation
 */
import { findHeader } from '@anvil/runtime';
import type { Customization } from './customization.js';

/** The API Gateway customisation (see the module documentation). */
export const apiGatewayCustomization: Customization = {
  name: 'apiGateway',
  finalizeRequest(_context, wire) {
    const headers = { ...wire.headers };
    const existing = findHeader(headers, 'accept');
    if (existing) delete headers[existing[0]];
    headers['accept'] = 'application/json';
    return { wire: { ...wire, headers } };
  },
};
