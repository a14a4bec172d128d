import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-chunks.js';

describe('jsonChunks', () => {
  it.each([
    [{ a: 1, list: [{ x: [1, 2], y: 'z' }, { x: [] }], nested: { deep: [1, { k: 'v' }] }, empty: [], obj: {} }],
    [[1, 'two', { three: [3] }]],
    [{}],
    [[]],
    ['plain'],
    [{ skip: undefined, keep: null }],
  ])('gives the same bytes as JSON.stringify(value, null, 2) for %j', (value) => {
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n');
  });
  it('yields top-level array elements one by one', () => {
    const chunks = [...jsonChunks({ items: [1, 2, 3] })];
    expect(chunks.length).toBeGreaterThan(5);
  });
});
