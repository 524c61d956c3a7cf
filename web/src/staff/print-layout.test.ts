import { describe, expect, it } from 'vitest';
import { sheets, shortLink, siteAddress } from './print-layout.ts';

describe('sheets', () => {
  it('puts eight cards on a page and the rest on the last', () => {
    const pages = sheets(Array.from({ length: 19 }, (_, i) => i));
    expect(pages.map((p) => p.length)).toEqual([8, 8, 3]);
    expect(pages[2]).toEqual([16, 17, 18]);
  });

  it('makes no page for no cards', () => {
    expect(sheets([])).toEqual([]);
  });
});

describe('shortLink', () => {
  it('writes a link out without its scheme', () => {
    expect(shortLink('https://yousaid.north.gov.uk/w/north-2026/8-11')).toBe('yousaid.north.gov.uk/w/north-2026/8-11');
    expect(shortLink('http://10.0.0.5:3000/w/demo/')).toBe('10.0.0.5:3000/w/demo');
  });
});

describe('siteAddress', () => {
  it("gives the site's host", () => {
    expect(siteAddress('https://yousaid.north.gov.uk/c/ABCDE-FGHJK')).toBe('yousaid.north.gov.uk');
    expect(siteAddress('not a url/c/x')).toBe('not a url');
  });
});
