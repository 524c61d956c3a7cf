import { describe, expect, it } from 'vitest';
import { prepareResponse } from './response-body.ts';

const base = {
  id: '2f1e0c1a-7a3b-4c5d-8e9f-0a1b2c3d4e5f',
  wave: 'demo',
  instrument: 'children-8-11',
  version: 1,
  mode: 'own_device' as const,
};

describe('prepareResponse', () => {
  it('sends exactly the fields of the contract', () => {
    const prepared = prepareResponse({ ...base, answers: { feel_safe: 'always' } });
    expect(prepared.id).toBe(base.id);
    expect(JSON.parse(prepared.json)).toEqual({ ...base, answers: { feel_safe: 'always' } });
  });

  it('leaves out anything else that was passed in', () => {
    const withExtra = { ...base, answers: {}, startedAt: '2025-03-03T10:00:00Z' };
    expect(Object.keys(JSON.parse(prepareResponse(withExtra).json))).toEqual([
      'id', 'wave', 'instrument', 'version', 'mode', 'answers',
    ]);
  });

  it('is not changed by later edits to the answers object', () => {
    const answers: Record<string, unknown> = { feel_safe: 'always' };
    const prepared = prepareResponse({ ...base, answers });
    answers.feel_safe = 'never';
    expect(JSON.parse(prepared.json).answers).toEqual({ feel_safe: 'always' });
  });

  it("keeps 'I don't know' and 'rather not say' as real answers", () => {
    const prepared = prepareResponse({ ...base, answers: { a: 'dont_know', b: 'rather_not_say' } });
    expect(JSON.parse(prepared.json).answers).toEqual({ a: 'dont_know', b: 'rather_not_say' });
  });

  it('adds the access code when the child came in with one, and nothing else about it', () => {
    const prepared = prepareResponse({ ...base, answers: {}, access: { code: 'ABCDE-FGHJK', cardSerial: 12 } as { code: string } });
    expect(JSON.parse(prepared.json).access).toEqual({ code: 'ABCDE-FGHJK' });
    expect(Object.keys(JSON.parse(prepareResponse({ ...base, answers: {} }).json))).not.toContain('access');
  });
});
