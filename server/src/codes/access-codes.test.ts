import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, diagnoseCode, formatCode, generateCode, hashCode, normaliseCode, type FoundCode } from './access-codes.ts';

const aCard = (over: Partial<FoundCode> = {}): FoundCode => ({
  codeHash: 'h',
  batchId: 'b',
  serial: 1,
  status: 'unspent',
  waveId: 'w',
  waveSlug: 'council-2026-abcdefgh',
  band: '8-11',
  councilId: 'c',
  opensOn: '2026-11-01',
  closesOn: '2026-12-31',
  ...over,
});

describe('access codes', () => {
  it('use an alphabet without look-alikes (0/O, 1/I/L, U/V) and no repeated characters', () => {
    for (const ch of '0O1ILUV') expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('are 10 characters from the alphabet, different each time', () => {
    const codes = Array.from({ length: 200 }, generateCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{10}$`));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are printed in two groups of five', () => {
    expect(formatCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });

  it('are read whatever the case, spaces and dashes (including a phone keyboard’s dashes)', () => {
    for (const typed of ['ABCDE-FGHJK', 'abcde fghjk', ' abCde-fg hjk ', 'ABCDE–FGHJK', 'ABCDEFGHJK']) {
      expect(normaliseCode(typed)).toBe('ABCDEFGHJK');
    }
  });

  it('refuse anything that cannot be a code: a look-alike character, too short, too long', () => {
    for (const typed of ['ABCDE-FGHJO', 'ABCDE-FGHJ0', 'ABCDE-FGHJI', 'ABCDE-FGHJ1', 'ABCDE-FGHJL', 'ABCDE-FGHJU', 'ABCDE-FGHJV', 'ABCDE-FGHJ', 'ABCDE-FGHJKM', '', 'ABCDE_FGHJK']) {
      expect(normaliseCode(typed)).toBeNull();
    }
  });

  it('are stored as a SHA-256 hex hash of the normalised code', () => {
    const hash = hashCode('ABCDEFGHJK');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode(normaliseCode('abcde-fghjk')!)).toBe(hash);
    expect(hash).not.toContain('ABCDEFGHJK');
  });
});

describe('diagnoseCode', () => {
  const today = '2026-11-23';

  it('lets a good code through', () => {
    expect(diagnoseCode(aCard(), { today })).toBeNull();
    expect(diagnoseCode(aCard(), { today, waveSlug: 'council-2026-abcdefgh' })).toBeNull();
  });

  it('says in plain words why a code does not work', () => {
    const cases: [FoundCode | undefined, { waveSlug?: string; today?: string }, string, number, RegExp][] = [
      [undefined, {}, 'code_unknown', 404, /We don't recognise that code\. Check each letter/],
      [aCard({ status: 'spent' }), {}, 'code_spent', 409, /already been used\. Each code works once; ask the adult who gave it to you for a new one\./],
      [aCard({ status: 'revoked' }), {}, 'code_revoked', 409, /switched off/],
      [aCard(), { waveSlug: 'another-survey' }, 'code_other_survey', 409, /This code is for a different survey/],
      [aCard(), { today: '2026-10-31' }, 'wave_not_open', 409, /opens on 1 November 2026/],
      [aCard(), { today: '2027-01-01' }, 'wave_closed', 409, /closed on 31 December 2026/],
    ];
    for (const [found, opts, code, status, message] of cases) {
      const problem = diagnoseCode(found, { today: opts.today ?? today, waveSlug: opts.waveSlug });
      expect(problem).toMatchObject({ code, status });
      expect(problem!.message).toMatch(message);
    }
  });

  it('works on the first and the last day of the survey', () => {
    expect(diagnoseCode(aCard(), { today: '2026-11-01' })).toBeNull();
    expect(diagnoseCode(aCard(), { today: '2026-12-31' })).toBeNull();
  });
});
