import { describe, expect, it } from 'vitest';
import { checkCode, classifyCodeCheck, codeMessage } from './code-check.ts';

const envelope = (code: string, message = 'A message', details?: Record<string, unknown>) => ({
  error: { code, message, requestId: 'r1', ...(details ? { details } : {}) },
});

describe('classifyCodeCheck', () => {
  it('reads the wave and band of a good code', () => {
    expect(classifyCodeCheck(200, { wave: 'north-2026', band: '8-11' })).toEqual({ kind: 'ok', wave: 'north-2026', band: '8-11' });
  });

  it('does not trust a 200 that is not our answer (a Wi-Fi login page)', () => {
    expect(classifyCodeCheck(200, undefined)).toEqual({ kind: 'unavailable' });
    expect(classifyCodeCheck(200, { wave: 'x', band: '12-15' })).toEqual({ kind: 'unavailable' });
  });

  it('tells each refusal apart', () => {
    expect(classifyCodeCheck(404, envelope('code_unknown'))).toEqual({ kind: 'unknown' });
    expect(classifyCodeCheck(409, envelope('code_spent'))).toEqual({ kind: 'spent' });
    expect(classifyCodeCheck(409, envelope('code_revoked'))).toEqual({ kind: 'revoked' });
    expect(classifyCodeCheck(409, envelope('code_other_survey'))).toEqual({ kind: 'other_wave' });
    expect(classifyCodeCheck(409, envelope('wave_not_open', 'It opens on Monday 3 March 2025.'))).toEqual({
      kind: 'not_open',
      message: 'It opens on Monday 3 March 2025.',
    });
    expect(classifyCodeCheck(409, envelope('wave_closed', ''))).toEqual({ kind: 'closed', message: null });
  });

  it('reads how long to wait after too many tries, from the body or the header', () => {
    expect(classifyCodeCheck(429, envelope('rate_limited', 'Wait', { retryAfterSeconds: 600 }))).toEqual({
      kind: 'rate_limited',
      retryAfterSeconds: 600,
    });
    expect(classifyCodeCheck(429, undefined, '120')).toEqual({ kind: 'rate_limited', retryAfterSeconds: 120 });
    expect(classifyCodeCheck(429, undefined)).toEqual({ kind: 'rate_limited', retryAfterSeconds: null });
  });

  it('treats server errors and unknown answers as worth another try', () => {
    expect(classifyCodeCheck(503, envelope('internal'))).toEqual({ kind: 'unavailable' });
    expect(classifyCodeCheck(400, '<html>')).toEqual({ kind: 'unavailable' });
    expect(classifyCodeCheck(404, '<html>')).toEqual({ kind: 'unknown' });
  });
});

describe('checkCode', () => {
  it('posts the code alone and reads the answer', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify({ wave: 'demo', band: '11-17' }), { status: 200 });
    }) as typeof fetch;
    expect(await checkCode('ABCDE-FGHJK', undefined, fetchImpl)).toEqual({ kind: 'ok', wave: 'demo', band: '11-17' });
    expect(sent[0]?.url).toBe('/api/public/codes/check');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ code: 'ABCDE-FGHJK' });
  });

  it('names the survey the child is in, when there is one', async () => {
    let body = '';
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      body = String(init?.body);
      return new Response(JSON.stringify({ wave: 'demo', band: '11-17' }), { status: 200 });
    }) as typeof fetch;
    await checkCode('ABCDE-FGHJK', 'demo', fetchImpl);
    expect(JSON.parse(body)).toEqual({ code: 'ABCDE-FGHJK', wave: 'demo' });
  });

  it('answers unavailable when offline', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await checkCode('ABCDE-FGHJK', undefined, fetchImpl)).toEqual({ kind: 'unavailable' });
  });
});

describe('codeMessage', () => {
  it('lets the child retype after a slip, but not after a spent or cancelled code', () => {
    expect(codeMessage({ kind: 'unknown' }).canRetype).toBe(true);
    expect(codeMessage({ kind: 'spent' }).canRetype).toBe(false);
    expect(codeMessage({ kind: 'revoked' }).title).toMatch(/cancelled/);
  });

  it('says how many minutes to wait, rounding up', () => {
    expect(codeMessage({ kind: 'rate_limited', retryAfterSeconds: 61 }).text).toBe('Please wait 2 minutes, then try again.');
    expect(codeMessage({ kind: 'rate_limited', retryAfterSeconds: 30 }).text).toBe('Please wait 1 minute, then try again.');
    expect(codeMessage({ kind: 'rate_limited', retryAfterSeconds: null }).text).toMatch(/few minutes/);
  });

  it("uses the server's own words for when the survey opens", () => {
    expect(codeMessage({ kind: 'not_open', message: 'It opens on Monday 3 March 2025.' }).text).toBe('It opens on Monday 3 March 2025.');
  });

  it('says a code for another survey is for a different survey', () => {
    expect(codeMessage({ kind: 'other_wave' }).title).toBe('This code is for a different survey');
  });
});
