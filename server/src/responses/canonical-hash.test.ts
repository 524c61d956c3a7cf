import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.ts';

describe('canonicalHash', () => {
  it('is the same whatever order the keys come in, at any depth', () => {
    expect(canonicalHash({ a: 1, b: { c: [1, 'x'], d: null } })).toBe(canonicalHash({ b: { d: null, c: [1, 'x'] }, a: 1 }));
  });
  it('differs when any value differs, including array order and type', () => {
    const base = canonicalHash({ a: ['x', 'y'] });
    expect(canonicalHash({ a: ['y', 'x'] })).not.toBe(base);
    expect(canonicalHash({ a: 'x,y' })).not.toBe(base);
    expect(canonicalHash({ a: ['x', 'y'], b: 1 })).not.toBe(base);
  });
});
