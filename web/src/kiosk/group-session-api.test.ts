import { describe, expect, it } from 'vitest';
import { readEndAnswer, readGroupSession } from './group-session-api.ts';

describe('readGroupSession', () => {
  it('reads an active session and its wave', () => {
    expect(readGroupSession(200, { active: true, wave: 'demo' })).toEqual({ kind: 'active', wave: 'demo' });
  });

  it('reads a device with no session', () => {
    expect(readGroupSession(200, { active: false })).toEqual({ kind: 'inactive' });
  });

  it('does not take a login page or an error for either', () => {
    expect(readGroupSession(200, undefined)).toEqual({ kind: 'unavailable' });
    expect(readGroupSession(200, { active: true })).toEqual({ kind: 'unavailable' });
    expect(readGroupSession(503, { active: false })).toEqual({ kind: 'unavailable' });
  });
});

describe('readEndAnswer', () => {
  it('counts 204 as ended', () => {
    expect(readEndAnswer(204, undefined)).toEqual({ kind: 'ended' });
  });

  it("shows the server's words for a wrong password", () => {
    expect(readEndAnswer(401, { error: { code: 'wrong_credentials', message: 'That password is not right.', requestId: 'r' } })).toEqual({
      kind: 'refused',
      message: 'That password is not right.',
    });
    expect(readEndAnswer(401, undefined)).toEqual({ kind: 'refused', message: 'That password is not right.' });
  });

  it('treats server errors as worth another try', () => {
    expect(readEndAnswer(500, undefined)).toEqual({ kind: 'unavailable' });
  });
});
