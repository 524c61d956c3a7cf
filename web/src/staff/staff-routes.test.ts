import { describe, expect, it } from 'vitest';
import { commentsPath, parseStaffRoute, postersPath, reportPath, wavePagePath, youSaidPath } from './staff-routes.ts';

describe('parseStaffRoute', () => {
  it('reads each staff page', () => {
    expect(parseStaffRoute('/staff')).toEqual({ name: 'home' });
    expect(parseStaffRoute('/staff/')).toEqual({ name: 'home' });
    expect(parseStaffRoute('/staff/sign-in')).toEqual({ name: 'sign_in' });
    expect(parseStaffRoute('/staff/waves/new')).toEqual({ name: 'new_wave' });
    expect(parseStaffRoute('/staff/waves/42')).toEqual({ name: 'wave', id: '42' });
    expect(parseStaffRoute('/staff/waves/42/posters')).toEqual({ name: 'posters', id: '42' });
    expect(parseStaffRoute('/staff/waves/42/report')).toEqual({ name: 'report', id: '42' });
    expect(parseStaffRoute('/staff/waves/42/comments/')).toEqual({ name: 'comments', id: '42' });
    expect(parseStaffRoute('/staff/waves/42/you-said')).toEqual({ name: 'you_said', id: '42' });
  });

  it('treats anything else as unknown', () => {
    expect(parseStaffRoute('/staff/waves')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/42/cards')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/42/constructor')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/42/you_said')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/waves/%E0%A4%A')).toEqual({ name: 'not_found' });
    expect(parseStaffRoute('/staff/accounts')).toEqual({ name: 'not_found' });
  });
});

describe('staff paths', () => {
  it('build paths that read back', () => {
    expect(parseStaffRoute(wavePagePath('a b'))).toEqual({ name: 'wave', id: 'a b' });
    expect(parseStaffRoute(postersPath(7))).toEqual({ name: 'posters', id: '7' });
    expect(parseStaffRoute(reportPath('w 1'))).toEqual({ name: 'report', id: 'w 1' });
    expect(parseStaffRoute(commentsPath(7))).toEqual({ name: 'comments', id: '7' });
    expect(parseStaffRoute(youSaidPath(7))).toEqual({ name: 'you_said', id: '7' });
  });
});
