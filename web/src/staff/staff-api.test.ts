import { describe, expect, it } from 'vitest';
import { readApiError } from './staff-api.ts';

describe('readApiError', () => {
  it("keeps the server's message, code and request id", () => {
    const error = readApiError(401, { error: { code: 'wrong_credentials', message: 'That email or password is not right.', requestId: 'r1' } });
    expect(error).toEqual({
      status: 401,
      code: 'wrong_credentials',
      message: 'That email or password is not right.',
      requestId: 'r1',
      fieldProblems: [],
      retryAfterSeconds: null,
    });
  });

  it('puts problems that name a field beside that field', () => {
    const error = readApiError(422, {
      error: {
        code: 'invalid_request',
        message: 'Check the form.',
        requestId: 'r2',
        details: {
          problems: [
            { field: 'closesOn', message: 'The closing date must be after the opening date.' },
            { field: ['counts', 1, 'eligible'], message: 'Must be a whole number.' },
            { question: 'q1', message: 'not a field' },
          ],
        },
      },
    });
    expect(error.fieldProblems).toEqual([
      { field: 'closesOn', message: 'The closing date must be after the opening date.' },
      { field: 'counts.1.eligible', message: 'Must be a whole number.' },
    ]);
  });

  it('reads how long to wait after too many sign-in attempts', () => {
    const body = { error: { code: 'rate_limited', message: 'Too many attempts.', requestId: 'r', details: { retryAfterSeconds: 300 } } };
    expect(readApiError(429, body).retryAfterSeconds).toBe(300);
    expect(readApiError(429, {}, '60').retryAfterSeconds).toBe(60);
  });

  it('has words of its own when the answer is not ours (a proxy page)', () => {
    expect(readApiError(502, '<html>').message).toMatch(/server/);
    expect(readApiError(403, undefined).code).toBe('unknown');
  });
});
