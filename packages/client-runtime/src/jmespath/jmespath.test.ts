import { describe, expect, it } from 'vitest';
import { searchJmes } from './index.js';

const data = {
  items: [
    { id: 'a', state: 'READY', n: 1, tags: ['x', 'y'] },
    { id: 'b', state: 'PENDING', n: 5, tags: ['y'] },
    { id: 'c', state: 'READY', n: 3, tags: [] },
  ],
  nested: { 'odd key': { value: true } },
  map: { k1: { v: 1 }, k2: { v: 2 } },
};

describe('searchJmes (waiter subset)', () => {
  it.each([
    ['items[0].id', 'a'],
    ['items[-1].id', 'c'],
    ['items[*].state', ['READY', 'PENDING', 'READY']],
    ['items[].tags[]', ['x', 'y', 'y']],
    ["items[?state == 'READY'].id", ['a', 'c']],
    ['items[?n > `2`].id', ['b', 'c']],
    ["items[?state == 'READY' && n < `2`].id", ['a']],
    ["items[?!(state == 'READY')].id", ['b']],
    ['length(items)', 3],
    ["length(items[?state == 'READY']) == `2`", true],
    ["contains(items[].state, 'PENDING')", true],
    ['nested."odd key".value', true],
    ['map.*.v', [1, 2]],
    ['missing.deeper', null],
    ['items[5]', null],
    ['items | [0].id', 'a'],
    ["missing || 'fallback'", 'fallback'],
    ['keys(map)', ['k1', 'k2']],
    ['keys(items)', null],
    ['items[0].[id, n]', ['a', 1]],
    ['items[*].[id, state][]', ['a', 'READY', 'b', 'PENDING', 'c', 'READY']],
    ['[items[1].id, missing]', ['b', null]],
    ['missing.[a, b]', null],
  ])('%s', (expr, expected) => {
    expect(searchJmes(data, expr)).toEqual(expected);
  });

  it('names the expression and position of unsupported syntax', () => {
    expect(() => searchJmes(data, 'items[0:2]')).toThrow('JMESPath "items[0:2]" at 7: expected ], found :');
    expect(() => searchJmes(data, 'sort(items)')).toThrow('JMESPath function sort() is not supported');
  });
});
