import type { AgeBand } from '@you-said/surveys';

/** Cards per printed A4 page: two across, four down, each about 95 × 68 mm. */
export const CARDS_PER_SHEET = 8;

/** Splits a list into pages of `size`. */
export function sheets<T>(items: readonly T[], size: number = CARDS_PER_SHEET): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** A link as it is written out under a QR code, for people who type it: no `https://`. */
export function shortLink(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** Where a child without a camera can type their code: the site's own address. */
export function siteAddress(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return shortLink(url).split('/')[0] ?? url;
  }
}

/** Who a poster is for, in words a child and a carer can read across a room. */
export const POSTER_BAND_LABEL: Record<AgeBand, string> = {
  '4-7': 'For children aged 4 to 7, with a grown-up',
  '8-11': 'For children aged 8 to 11',
  '11-17': 'For young people aged 11 to 17',
  '16-25': 'For care leavers aged 16 to 25',
};

/** About how long each band's survey takes (the national programme's figures). */
export const POSTER_MINUTES: Record<AgeBand, string> = {
  '4-7': 'about 2 minutes',
  '8-11': 'about 4 minutes',
  '11-17': 'about 5 minutes',
  '16-25': 'about 5 to 10 minutes',
};
