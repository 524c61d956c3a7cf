import { describe, expect, it } from 'vitest';
import { bandPath, parseRoute, resultsPath, wavePath } from './routes.ts';

describe('parseRoute', () => {
  it('reads the root as the welcome page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });

  it('reads a wave link, with or without a trailing slash', () => {
    expect(parseRoute('/w/demo')).toEqual({ name: 'wave', slug: 'demo' });
    expect(parseRoute('/w/demo/')).toEqual({ name: 'wave', slug: 'demo' });
  });

  it('reads every age band', () => {
    for (const band of ['4-7', '8-11', '11-17', '16-25'] as const) {
      expect(parseRoute(`/w/demo/${band}`)).toEqual({ name: 'band', slug: 'demo', band });
    }
  });

  it('decodes an escaped slug', () => {
    expect(parseRoute('/w/north%20shire')).toEqual({ name: 'wave', slug: 'north shire' });
  });

  it("sends everything under /staff to the staff app", () => {
    expect(parseRoute('/staff')).toEqual({ name: 'staff' });
    expect(parseRoute('/staff/waves/1')).toEqual({ name: 'staff' });
    expect(parseRoute('/staffroom')).toEqual({ name: 'not_found' });
  });

  it('reads the group-session kiosk', () => {
    expect(parseRoute('/group')).toEqual({ name: 'group' });
    expect(parseRoute('/group/')).toEqual({ name: 'group' });
    expect(parseRoute('/group/x')).toEqual({ name: 'not_found' });
  });

  it('reads the code a card opens, and the empty code form', () => {
    expect(parseRoute('/c/ABCDE-FGHJK')).toEqual({ name: 'code', code: 'ABCDE-FGHJK' });
    expect(parseRoute('/c/abcde%20fghjk')).toEqual({ name: 'code', code: 'abcde fghjk' });
    expect(parseRoute('/c')).toEqual({ name: 'code', code: null });
    expect(parseRoute('/c/ABCDE/FGHJK')).toEqual({ name: 'not_found' });
  });

  it("reads a band's published results page", () => {
    expect(parseRoute('/w/demo/results/8-11')).toEqual({ name: 'results', slug: 'demo', band: '8-11' });
    expect(parseRoute('/w/demo/results/8-11/')).toEqual({ name: 'results', slug: 'demo', band: '8-11' });
    expect(parseRoute('/w/demo/results/12-15')).toEqual({ name: 'not_found' });
    expect(parseRoute('/w/demo/answers/8-11')).toEqual({ name: 'not_found' });
  });

  it('treats an unknown band as an unknown page', () => {
    expect(parseRoute('/w/demo/12-15')).toEqual({ name: 'not_found' });
  });

  it('treats other paths and malformed escapes as unknown pages', () => {
    expect(parseRoute('/admin')).toEqual({ name: 'not_found' });
    expect(parseRoute('/w')).toEqual({ name: 'not_found' });
    expect(parseRoute('/w/demo/4-7/extra')).toEqual({ name: 'not_found' });
    expect(parseRoute('/w/%E0%A4%A')).toEqual({ name: 'not_found' });
    expect(parseRoute('/w/a%2Fb')).toEqual({ name: 'not_found' });
  });
});

describe('paths', () => {
  it('builds links that parse back to the same page', () => {
    expect(parseRoute(wavePath('north shire'))).toEqual({ name: 'wave', slug: 'north shire' });
    expect(parseRoute(bandPath('demo', '16-25'))).toEqual({ name: 'band', slug: 'demo', band: '16-25' });
    expect(parseRoute(resultsPath('north shire', '4-7'))).toEqual({ name: 'results', slug: 'north shire', band: '4-7' });
  });
});
