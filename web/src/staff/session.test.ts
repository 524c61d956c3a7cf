import { describe, expect, it } from 'vitest';
import { csrfHeaders, currentSession, signedIn, signedOut, takeReturnPath, updateCsrfToken } from './session.ts';

const account = { id: 1, email: 'a@b', displayName: 'A', role: 'survey_lead' as const, council: { id: 'c1', name: 'Northshire' } };

describe('csrfHeaders', () => {
  it('sends the token with every request that changes something', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(csrfHeaders(method, 't')).toEqual({ 'X-CSRF-Token': 't' });
  });

  it('sends nothing with a read, or without a token', () => {
    expect(csrfHeaders('GET', 't')).toEqual({});
    expect(csrfHeaders('POST', null)).toEqual({});
  });
});

describe('session memory', () => {
  it('keeps the token in memory and forgets it on sign-out', () => {
    signedIn({ account, csrfToken: 'one' });
    updateCsrfToken('two');
    expect(currentSession()?.csrfToken).toBe('two');
    signedOut('/staff/waves/9');
    expect(currentSession()).toBeNull();
  });

  it('gives the page to return to once', () => {
    signedOut('/staff/waves/9');
    expect(takeReturnPath()).toBe('/staff/waves/9');
    expect(takeReturnPath()).toBeNull();
  });
});
