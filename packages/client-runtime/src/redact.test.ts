import type { StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_STRING, redact } from './redact.js';

const Secret = { type: 'string', sensitive: true } as const;
const Item$: StructureSchema = {
  type: 'structure', name: 'Item', members: { name: { target: { type: 'string' } }, password: { target: Secret } },
};
const Input$: StructureSchema = {
  type: 'structure',
  name: 'Input',
  members: {
    user: { target: { type: 'string' } },
    token: { target: { type: 'string' }, sensitive: true },
    items: { target: { type: 'list', member: { target: () => Item$ } } },
    tags: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: Secret } } },
    keys: { target: { type: 'map', key: { target: Secret }, value: { target: { type: 'string' } } } },
  },
};

describe('redact', () => {
  it('replaces @sensitive members and shapes at any depth, keeping the rest', () => {
    const out = redact(Input$, {
      user: 'bob', token: 'tok', items: [{ name: 'a', password: 'p1' }], tags: { k: 'v' }, keys: { secretKey: 'x' }, extra: 1,
    });
    expect(out).toEqual({
      user: 'bob',
      token: SENSITIVE_STRING,
      items: [{ name: 'a', password: SENSITIVE_STRING }],
      tags: { k: SENSITIVE_STRING },
      keys: { [`${SENSITIVE_STRING}#0`]: 'x' },
      extra: 1,
    });
    expect(redact(Input$, { token: undefined })).toEqual({ token: undefined });
  });
});
