import type { Id } from './staff-types.ts';

export type StaffRoute =
  | { name: 'sign_in' }
  | { name: 'home' }
  | { name: 'new_wave' }
  | { name: 'wave'; id: string }
  | { name: 'posters'; id: string }
  | { name: 'report'; id: string }
  | { name: 'comments'; id: string }
  | { name: 'you_said'; id: string }
  | { name: 'not_found' };

/** Reads a pathname under /staff; tolerates a trailing slash like the respondent routes do. */
export function parseStaffRoute(pathname: string): StaffRoute {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts[0] !== 'staff') return { name: 'not_found' };
  const rest = parts.slice(1);
  if (rest.length === 0) return { name: 'home' };
  if (rest.length === 1 && rest[0] === 'sign-in') return { name: 'sign_in' };
  if (rest[0] !== 'waves' || rest.length < 2 || rest.length > 3) return { name: 'not_found' };
  if (rest[1] === 'new') return rest.length === 2 ? { name: 'new_wave' } : { name: 'not_found' };
  const id = decode(rest[1]);
  if (id === null) return { name: 'not_found' };
  if (rest.length === 2) return { name: 'wave', id };
  const sub = WAVE_SUBPAGES.get(rest[2] ?? '');
  return sub ? { name: sub, id } : { name: 'not_found' };
}

const WAVE_SUBPAGES = new Map<string, 'posters' | 'report' | 'comments' | 'you_said'>([
  ['posters', 'posters'],
  ['report', 'report'],
  ['comments', 'comments'],
  ['you-said', 'you_said'],
]);

export const STAFF_HOME = '/staff';
export const NEW_WAVE_PATH = '/staff/waves/new';

export function wavePagePath(id: Id): string {
  return `/staff/waves/${encodeURIComponent(String(id))}`;
}

export function postersPath(id: Id): string {
  return `${wavePagePath(id)}/posters`;
}

export function reportPath(id: Id): string {
  return `${wavePagePath(id)}/report`;
}

export function commentsPath(id: Id): string {
  return `${wavePagePath(id)}/comments`;
}

export function youSaidPath(id: Id): string {
  return `${wavePagePath(id)}/you-said`;
}

function decode(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    const decoded = decodeURIComponent(segment);
    return decoded === '' ? null : decoded;
  } catch {
    return null;
  }
}
