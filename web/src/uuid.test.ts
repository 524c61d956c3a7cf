import { describe, expect, it } from 'vitest';
import { makeUuid, type RandomSource } from './uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('makeUuid', () => {
  it('uses crypto.randomUUID when the page is a secure context', () => {
    const source: RandomSource = {
      randomUUID: () => '11111111-1111-4111-8111-111111111111',
      getRandomValues: () => {
        throw new Error('should not be called');
      },
    };
    expect(makeUuid(source)).toBe('11111111-1111-4111-8111-111111111111');
  });

  it('builds a version 4 UUID from getRandomValues when randomUUID is missing', () => {
    const source: RandomSource = { getRandomValues: (a) => globalThis.crypto.getRandomValues(a) };
    for (let i = 0; i < 50; i++) expect(makeUuid(source)).toMatch(V4);
  });

  it('sets the version and variant bits even when every random byte is 0xff or 0x00', () => {
    const fill = (value: number): RandomSource => ({
      getRandomValues: (a) => a.fill(value),
    });
    expect(makeUuid(fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(makeUuid(fill(0x00))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('makes a different id each time', () => {
    const source: RandomSource = { getRandomValues: (a) => globalThis.crypto.getRandomValues(a) };
    const ids = new Set(Array.from({ length: 100 }, () => makeUuid(source)));
    expect(ids.size).toBe(100);
  });

  it('works with the real crypto of this runtime', () => {
    expect(makeUuid()).toMatch(V4);
  });
});
