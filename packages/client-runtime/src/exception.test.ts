import { describe, expect, it } from 'vitest';
import { DrsServiceException, ResourceNotFoundException } from './__fixtures__/service.js';
import { ServiceException, isServiceException } from './index.js';

describe('ServiceException', () => {
  it('copies members onto generated subclasses whose fields are `declare`d', () => {
    const e = new ResourceNotFoundException({
      name: 'Ignored',
      $fault: 'server',
      $metadata: { httpStatusCode: 404 },
      members: { message: 'gone', resourceId: 'r-1', code: 'C' },
    });
    expect([e.name, e.$fault, e.message, e.resourceId, e.code, e.resourceType]).toEqual([
      'ResourceNotFoundException',
      'client',
      'gone',
      'r-1',
      'C',
      undefined,
    ]);
    expect(e.$metadata).toEqual({ httpStatusCode: 404 });
    expect(e.stack).toContain('ResourceNotFoundException: gone');
  });

  it('shows why generated fields must use `declare`: a plain field resets the copied value', () => {
    class Plain extends DrsServiceException {
      readonly resourceId?: string;
    }
    expect(new Plain({ members: { resourceId: 'r-1' } }).resourceId).toBeUndefined();
  });

  it('skips reserved member names and takes Message as the message', () => {
    const e = new DrsServiceException({
      name: 'Weird',
      members: { Message: 'capital', name: 'evil', $fault: 'server', $metadata: 1, stack: 's', other: 2 },
    });
    expect([e.name, e.message, e.$fault, e.$metadata]).toEqual(['Weird', 'capital', 'client', {}]);
    expect((e as unknown as { Message: string; other: number }).Message).toBe('capital');
    expect((e as unknown as { other: number }).other).toBe(2);
    expect(e.stack).not.toBe('s');
  });

  it('defaults the name to the class and the message to the name', () => {
    const e = new DrsServiceException();
    expect([e.name, e.message, e.$fault]).toEqual(['DrsServiceException', 'DrsServiceException', 'client']);
    expect(e).toBeInstanceOf(ServiceException);
    expect(isServiceException(e)).toBe(true);
    expect(isServiceException(new Error('x'))).toBe(false);
  });
});
