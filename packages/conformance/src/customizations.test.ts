/** The harness passes the customisations a generated client would: the generator's lookup resolved to runtime exports. */
import * as clientRuntime from '@anvil/client-runtime';
import { SERVICE_CUSTOMIZATIONS } from '@anvil/generator';
import type { ServiceSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { customizationsFor } from './client-side.js';

const service = (id: string): ServiceSchema => ({ id, name: id.slice(id.indexOf('#') + 1), sdkId: 'x', version: '1', protocol: 'restJson1', errors: [] });

describe('customizationsFor', () => {
  it('resolves every name the generator emits to the @anvil/client-runtime export of that name', () => {
    const exports = clientRuntime as unknown as Record<string, unknown>;
    for (const [id, names] of Object.entries(SERVICE_CUSTOMIZATIONS)) {
      const resolved = customizationsFor(service(id));
      expect(resolved).toHaveLength(names.length);
      names.forEach((name, i) => expect(resolved[i]).toBe(exports[name]));
    }
  });

  it('maps the three customised services and nothing else', () => {
    expect(customizationsFor(service('com.amazonaws.glacier#Glacier'))).toEqual([clientRuntime.glacierCustomization]);
    expect(customizationsFor(service('com.amazonaws.apigateway#BackplaneControlService'))).toEqual([clientRuntime.apiGatewayCustomization]);
    expect(customizationsFor(service('com.amazonaws.machinelearning#AmazonML_20141212'))).toEqual([clientRuntime.machineLearningCustomization]);
    expect(customizationsFor(service('aws.protocoltests.restjson#RestJson'))).toEqual([]);
  });
});
