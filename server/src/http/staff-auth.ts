import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { findStaffSession, type StaffUser } from '../accounts/sessions.ts';
import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './router.ts';

export const SESSION_COOKIE = 'ys_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads the staff session cookie, if any, and makes the staff member available to routes. */
export function loadStaffSession(db: Db, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 100) {
      const staff = await findStaffSession(db, token, now());
      if (staff) c.set('staff', staff);
    }
    await next();
  };
}

/**
 * Lets the request through only for a signed-in staff member with one of `roles` (any role when
 * none are named). A request that changes something must also carry the session's CSRF token in
 * `X-CSRF-Token` and, if the browser sent an Origin, come from this site: a page elsewhere can
 * make the browser send our cookie (SameSite aside) but can never read the token.
 */
export function requireStaff(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('not_signed_in', 401, 'Please sign in again: your session has ended.');
    if (MUTATING.has(c.req.method)) assertSameSite(c, staff);
    if (roles.length && !roles.includes(staff.role)) {
      throw new AppError('forbidden', 403, 'Your account cannot do this. Ask your survey lead if you need it.');
    }
    await next();
  };
}

function assertSameSite(c: Context<AppEnv>, staff: StaffUser) {
  const sent = c.req.header('x-csrf-token') ?? '';
  const expected = staff.csrfToken;
  const ok = sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  const origin = c.req.header('origin');
  const sameOrigin = !origin || origin === new URL(c.req.url).origin;
  if (!ok || !sameOrigin) {
    throw new AppError('csrf_failed', 403, 'This request did not come from a You Said page. Reload the page and try again.');
  }
}

/** The signed-in staff member; only for routes behind `requireStaff`. */
export function staffOf(c: Context<AppEnv>): StaffUser {
  const staff = c.get('staff');
  if (!staff) throw new AppError('not_signed_in', 401, 'Please sign in again: your session has ended.');
  return staff;
}

/**
 * The council a staff member acts for: their own, or for a platform admin the one they name.
 * Another council's id is refused as not found, so its existence is not confirmed either.
 */
export function councilFor(staff: StaffUser, requested?: string | null): string {
  if (staff.role === 'platform_admin') {
    if (!requested) throw new AppError('invalid_request', 400, 'Choose which council this is for.', { problems: [{ field: 'councilId', message: 'is needed' }] });
    return requested;
  }
  if (requested && requested !== staff.councilId) throw new AppError('not_found', 404, 'There is no such council.');
  return staff.councilId!;
}

/** Whether a staff member may see things belonging to `councilId`. */
export function canSeeCouncil(staff: StaffUser, councilId: string): boolean {
  return staff.role === 'platform_admin' || staff.councilId === councilId;
}
