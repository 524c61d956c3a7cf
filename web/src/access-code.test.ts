import { describe, expect, it } from 'vitest';
import { checkCodeShape, CODE_ALPHABET, formatCode, groupsOfFive, normaliseCode } from './access-code.ts';

describe('normaliseCode', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normaliseCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normaliseCode(' ABC DE fgh jk ')).toBe('ABCDEFGHJK');
    expect(normaliseCode('abcde–fghjk')).toBe('ABCDEFGHJK');
  });
});

describe('formatCode', () => {
  it('prints a code the way the card does', () => {
    expect(formatCode('abcdefghjk')).toBe('ABCDE-FGHJK');
    expect(formatCode('ABCDE-FGHJK')).toBe('ABCDE-FGHJK');
  });
});

describe('groupsOfFive', () => {
  it('shows what was typed in groups a child can compare with the card', () => {
    expect(groupsOfFive('ABCDEFGHJK')).toBe('ABCDE FGHJK');
    expect(groupsOfFive('ABCDEFG')).toBe('ABCDE FG');
    expect(groupsOfFive('')).toBe('');
  });
});

describe('checkCodeShape', () => {
  it('accepts a code typed any way and answers it in the printed form', () => {
    expect(checkCodeShape('abcde fghjk')).toEqual({ kind: 'ok', code: 'ABCDE-FGHJK' });
    expect(checkCodeShape('23456-789AB')).toEqual({ kind: 'ok', code: '23456-789AB' });
  });

  it('says when nothing was typed', () => {
    expect(checkCodeShape('  - ')).toEqual({ kind: 'empty' });
  });

  it('says how many characters were typed when there are too few or too many', () => {
    expect(checkCodeShape('ABCDE-FGH')).toEqual({ kind: 'wrong_length', length: 8 });
    expect(checkCodeShape('ABCDE-FGHJKM')).toEqual({ kind: 'wrong_length', length: 11 });
  });

  it('names look-alike characters a code never has, once each', () => {
    expect(checkCodeShape('ABCD0-OIL1K')).toEqual({ kind: 'not_in_alphabet', characters: ['0', 'O', 'I', 'L', '1'] });
    expect(checkCodeShape('ABCDE-FGHU?')).toEqual({ kind: 'not_in_alphabet', characters: ['U', '?'] });
  });

  it('has no look-alikes in its alphabet', () => {
    for (const c of '01OILUV') expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });
});
