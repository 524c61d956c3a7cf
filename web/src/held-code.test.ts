import { afterEach, describe, expect, it } from 'vitest';
import { forgetCode, heldCodeFor, holdCode } from './held-code.ts';

afterEach(forgetCode);

describe('held code', () => {
  it('is given back only for the wave and band it was accepted for', () => {
    holdCode('demo', '8-11', 'ABCDE-FGHJK');
    expect(heldCodeFor('demo', '8-11')).toBe('ABCDE-FGHJK');
    expect(heldCodeFor('demo', '11-17')).toBeNull();
    expect(heldCodeFor('other', '8-11')).toBeNull();
  });

  it('is gone once forgotten', () => {
    holdCode('demo', '8-11', 'ABCDE-FGHJK');
    forgetCode();
    expect(heldCodeFor('demo', '8-11')).toBeNull();
  });

  it('keeps only the latest code', () => {
    holdCode('demo', '8-11', 'ABCDE-FGHJK');
    holdCode('demo', '4-7', 'BCDEF-GHJKM');
    expect(heldCodeFor('demo', '8-11')).toBeNull();
    expect(heldCodeFor('demo', '4-7')).toBe('BCDEF-GHJKM');
  });
});
