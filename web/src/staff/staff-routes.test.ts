import { describe, expect, it } from 'vitest';
import { parseStaffRoute, postersPath, wavePagePath } from './staff-routes.ts';

describe('parseStaffRoute', () => {
  it('reads each staff page', () => {
    expect(parseStaffRoute('/staff')).toEqual({ name: 'home' });
    expect(parseStaffRoute('/staff/')).toEqual({ name: 'home' });
    expect(parseStaffRoute('/staff/sign-in')).toEqual({ name: 'sign_in' });
    expect(parseStaffRoute('/staff/waves/new')).toEqual({ name: 'new_wave' });
    expect(parseStaffRoute('/staff/waves/42')).toEqual({ name: 'wave', id: '42' });
    expect(parseStaffRoute('/staff/waves/42/posters')).toEqual({ name: 'posters', id: '42' });
  });

  it('treats anything else as unknown', () => {
    expect(parseStaffRoute('/staff/waves')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/42/cards')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/%E0%A4%A')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/accounts')).toEqual({ name: 'not_found' });
  });
});

describe('staff paths', () => {
  it('build paths that read back', () => {
    expect(parseStaffRoute(wavePagePath('a b'))).toEqual({ name: 'wave', id: 'a b' });
    expect(parseStaffRoute(postersPath(7))).toEqual({ name: 'posters', id: '7' });
  });
});
