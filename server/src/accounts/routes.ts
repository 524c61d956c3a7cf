import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { Db } from '../db/create-db.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter, type AppEnv } from '../http/router.ts';
import { requireStaff, SESSION_COOKIE, staffOf } from '../http/staff-auth.ts';
import { endStaffSession, findStaffSession, SESSION_HOURS, type StaffUser } from './sessions.ts';
import { signIn } from './sign-in.ts';

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['platform_admin', 'survey_lead', 'participation_worker', 'panel_member']),
    council: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi('Account');

const SignedInSchema = z.object({ account: AccountSchema, csrfToken: z.string() }).openapi('SignedIn');

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  summary: 'Sign in as staff; sets the HttpOnly session cookie',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ email: z.string().min(3).max(200), password: z.string().min(1).max(200) }).strict() } },
    },
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: SignedInSchema } } },
    401: errorResponse('Wrong email or password'),
    429: errorResponse('Too many attempts'),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  summary: 'The signed-in staff member and the CSRF token to send with changes',
  middleware: [requireStaff()] as const,
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: SignedInSchema } } },
    401: errorResponse('Not signed in'),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  summary: 'Sign out on this browser',
  middleware: [requireStaff()] as const,
  responses: { 204: { description: 'Signed out' }, 401: errorResponse('Not signed in'), 403: errorResponse('No CSRF token') },
});

export function accountView(staff: StaffUser) {
  return {
    id: staff.accountId,
    email: staff.email,
    displayName: staff.displayName,
    role: staff.role,
    council: staff.councilId ? { id: staff.councilId, name: staff.councilName ?? '' } : null,
  };
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Strict, Secure over HTTPS. */
export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function authRoutes({ db, now }: { db: Db; now: () => Date }) {
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const session = await signIn(db, { email, password, clientKey: c.get('clientKey') }, now());
      const staff = (await findStaffSession(db, session.token, now()))!;
      setSessionCookie(c, session.token);
      return c.json({ account: accountView(staff), csrfToken: session.csrfToken }, 200);
    })
    .openapi(meRoute, (c) => {
      const staff = staffOf(c as unknown as Context<AppEnv>);
      return c.json({ account: accountView(staff), csrfToken: staff.csrfToken }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      await endStaffSession(db, staffOf(c as unknown as Context<AppEnv>).sessionHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
