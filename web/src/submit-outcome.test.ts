import { describe, expect, it } from 'vitest';
import { classifyResponse, FALLBACK_REJECTION_MESSAGE, networkFailure } from './submit-outcome.ts';

const ID = '2f1e0c1a-7a3b-4c5d-8e9f-0a1b2c3d4e5f';

function envelope(code: string, message: string, problems?: unknown[]) {
  return { error: { code, message, requestId: 'req-1', ...(problems ? { details: { problems } } : {}) } };
}

describe('classifyResponse', () => {
  it('counts a 201 with status stored for this id as stored', () => {
    expect(classifyResponse(201, { id: ID, status: 'stored' }, ID)).toEqual({ kind: 'stored' });
  });

  it('counts a repeated send answered 201 again as stored', () => {
    expect(classifyResponse(201, { id: ID, status: 'stored' }, ID).kind).toBe('stored');
    expect(classifyResponse(200, { id: ID, status: 'stored' }, ID).kind).toBe('stored');
  });

  it('retries a 200 that is not our answer, such as a Wi-Fi login page', () => {
    expect(classifyResponse(200, undefined, ID)).toEqual({ kind: 'retry', reason: 'unexpected' });
    expect(classifyResponse(200, { hello: 'portal' }, ID).kind).toBe('retry');
  });

  it('retries a success that names a different response', () => {
    expect(classifyResponse(201, { id: 'someone-else', status: 'stored' }, ID).kind).toBe('retry');
  });

  it('retries server errors and overload', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(classifyResponse(status, envelope('internal', 'oops'), ID)).toEqual({ kind: 'retry', reason: 'server' });
    }
    expect(classifyResponse(429, envelope('rate_limited', 'slow down'), ID)).toEqual({ kind: 'retry', reason: 'busy' });
    expect(classifyResponse(408, undefined, ID)).toEqual({ kind: 'retry', reason: 'busy' });
  });

  it('passes on Retry-After', () => {
    expect(classifyResponse(429, undefined, ID, '12')).toEqual({ kind: 'retry', reason: 'busy', retryAfterMs: 12_000 });
    expect(classifyResponse(503, undefined, ID, '3')).toEqual({ kind: 'retry', reason: 'server', retryAfterMs: 3000 });
  });

  it('does not retry a request the server says is wrong, and keeps its message and problems', () => {
    const problems = [{ question: 'feel_safe', code: 'not_a_choice', message: 'Choose one of the answers shown.' }];
    const outcome = classifyResponse(422, envelope('invalid_answers', 'Some answers could not be saved.', problems), ID);
    expect(outcome).toEqual({
      kind: 'rejected',
      rejection: { status: 422, code: 'invalid_answers', message: 'Some answers could not be saved.', requestId: 'req-1', problems },
    });
  });

  it('does not retry 400, 409, 413 or 415', () => {
    for (const status of [400, 409, 413, 415]) {
      expect(classifyResponse(status, envelope('x', 'y'), ID).kind).toBe('rejected');
    }
  });

  it('keeps the code of a closed wave', () => {
    const outcome = classifyResponse(409, envelope('wave_closed', 'This survey has closed.'), ID);
    expect(outcome.kind === 'rejected' && outcome.rejection.code).toBe('wave_closed');
  });

  it('uses a kind fallback when a refusal has no envelope (a proxy page)', () => {
    const outcome = classifyResponse(413, undefined, ID);
    expect(outcome).toEqual({
      kind: 'rejected',
      rejection: { status: 413, code: 'unknown', message: FALLBACK_REJECTION_MESSAGE, problems: [] },
    });
  });

  it('drops malformed problems rather than failing', () => {
    const outcome = classifyResponse(422, envelope('invalid_answers', 'No.', [{ question: 'a' }, 'b', { question: 'c', code: 'd', message: 'e' }]), ID);
    expect(outcome.kind === 'rejected' && outcome.rejection.problems).toEqual([{ question: 'c', code: 'd', message: 'e' }]);
  });
});

describe('networkFailure', () => {
  it('is always retried', () => {
    expect(networkFailure()).toEqual({ kind: 'retry', reason: 'network' });
  });
});
