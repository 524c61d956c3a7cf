import type { AgeBand } from '@you-said/surveys';
// The subpath, not the package: the package's index brings survey-core, which belongs in the survey chunk.
import { decodeLinkSegment as decodeSegment } from '@you-said/surveys/survey-links';
import { isAgeBand } from './bands.ts';

export type Route =
  | { name: 'home' }
  | { name: 'wave'; slug: string }
  | { name: 'band'; slug: string; band: AgeBand }
  /** The child-friendly page of a wave's results for one band, once the council publishes it. */
  | { name: 'results'; slug: string; band: AgeBand }
  /** `/c/<code>` is what an access card's QR code opens; `/c` is the same form, empty. */
  | { name: 'code'; code: string | null }
  /** The group-session kiosk on a shared tablet. */
  | { name: 'group' }
  /** Everything under /staff belongs to the staff app, which is loaded only when asked for. */
  | { name: 'staff' }
  | { name: 'not_found' };

/**
 * Turns a location pathname into a page. Tolerates a trailing slash because people retype
 * links from paper letters and posters.
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'staff') return { name: 'staff' };
  if (parts[0] === 'group') return parts.length === 1 ? { name: 'group' } : { name: 'not_found' };
  if (parts[0] === 'c') {
    if (parts.length === 1) return { name: 'code', code: null };
    const code = parts.length === 2 ? decodeSegment(parts[1]) : null;
    return code === null ? { name: 'not_found' } : { name: 'code', code };
  }
  if (parts[0] !== 'w' || parts.length > 4) return { name: 'not_found' };

  const slug = decodeSegment(parts[1]);
  if (slug === null) return { name: 'not_found' };
  if (parts.length === 2) return { name: 'wave', slug };
  if (parts.length === 4) {
    const band = parts[2] === 'results' ? decodeSegment(parts[3]) : null;
    return band !== null && isAgeBand(band) ? { name: 'results', slug, band } : { name: 'not_found' };
  }

  const band = decodeSegment(parts[2]);
  if (band === null || !isAgeBand(band)) return { name: 'not_found' };
  return { name: 'band', slug, band };
}

export function wavePath(slug: string): string {
  return `/w/${encodeURIComponent(slug)}`;
}

export function bandPath(slug: string, band: AgeBand): string {
  return `${wavePath(slug)}/${encodeURIComponent(band)}`;
}

export function resultsPath(slug: string, band: AgeBand): string {
  return `${wavePath(slug)}/results/${encodeURIComponent(band)}`;
}

export const CODE_PATH = '/c';
export const GROUP_PATH = '/group';
export const STAFF_SIGN_IN_PATH = '/staff/sign-in';

