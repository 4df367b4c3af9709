import { describe, expect, it } from 'vitest';
import { operationFunctionName } from './operation-names.js';

describe('operationFunctionName', () => {
  it('keeps clear of the base client\'s members (send, prepare …): an operation named like one gets the Operation suffix', () => {
    expect(operationFunctionName('Send')).toBe('sendOperation');
    expect(operationFunctionName('Prepare')).toBe('prepareOperation');
    expect(operationFunctionName('PrepareAgent')).toBe('prepareAgent');
  });
});
