import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clearSessionCookie } from '../accounts/routes.ts';
import type { Db } from '../db/create-db.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { endGroupSession, findActiveGroupSession, GROUP_COOKIE, GROUP_SESSION_HOURS, outboxKey, startGroupSession } from './group-sessions.ts';

const startRoute = createRoute({
  method: 'post',
  path: '/staff/group-sessions',
  summary: 'Turn this browser into a group-session tablet for one open wave; signs the staff member out here',
  middleware: [requireStaff('survey_lead', 'participation_worker')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ waveId: z.string().min(1).max(100) }).strict() } } },
  },
  responses: {
    201: {
      description: 'Started; the staff cookie is cleared and the ys_group cookie set',
      content: {
        'application/json': {
          schema: z.object({ groupSession: z.object({ id: z.string(), wave: z.string(), startedAt: z.string() }) }).openapi('GroupSessionStarted'),
        },
      },
    },
    401: errorResponse('Not signed in'),
    403: errorResponse('This role may not run group sessions, or the CSRF token is missing'),
    404: errorResponse('No such wave (or it belongs to another council)'),
    409: errorResponse('The wave is not open'),
  },
});

const statusRoute = createRoute({
  method: 'get',
  path: '/public/group-session',
  summary: 'Whether this browser is a group-session tablet, and for which wave',
  responses: {
    200: {
      description: 'The state of this browser',
      content: { 'application/json': { schema: z.object({ active: z.boolean(), wave: z.string().optional() }).openapi('GroupSessionState') } },
    },
  },
});

const endRoute = createRoute({
  method: 'post',
  path: '/public/group-session/end',
  summary: 'End the group session on this tablet with the password of the worker who started it',
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ password: z.string().min(1).max(200) }).strict() } } },
  },
  responses: {
    204: { description: 'Ended (or there was none); the cookie is cleared' },
    401: errorResponse('wrong_credentials: not the password of the worker who started it'),
    429: errorResponse('Too many wrong tries; `details.retryAfterSeconds`'),
  },
});

const keyRoute = createRoute({
  method: 'get',
  path: '/public/group-session/key',
  summary: "The key this tablet encrypts the answers waiting to be sent with, while its group session is live",
  responses: {
    200: {
      description: 'A 256-bit AES-GCM key, base64url; never cached',
      content: { 'application/json': { schema: z.object({ key: z.string() }).openapi('GroupSessionKey') } },
    },
    403: errorResponse('forbidden: this browser is not in a live group session'),
  },
});

function setGroupCookie(c: Context, token: string) {
  setCookie(c, GROUP_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: GROUP_SESSION_HOURS * 3600,
  });
}

export function groupSessionRoutes({ db, now, today }: { db: Db; now: () => Date; today: () => string }) {
  return createRouter()
    .openapi(startRoute, async (c) => {
      const started = await startGroupSession(db, staffOf(c), c.req.valid('json').waveId, today());
      clearSessionCookie(c);
      setGroupCookie(c, started.token);
      return c.json({ groupSession: started.groupSession }, 201);
    })
    .openapi(statusRoute, async (c) => {
      const session = await findActiveGroupSession(db, getCookie(c, GROUP_COOKIE) ?? '');
      c.header('Cache-Control', 'no-store');
      return c.json(session ? { active: true, wave: session.waveSlug } : { active: false }, 200);
    })
    .openapi(keyRoute, async (c) => {
      const key = await outboxKey(db, getCookie(c, GROUP_COOKIE));
      c.header('Cache-Control', 'no-store');
      return c.json({ key: key.toString('base64url') }, 200);
    })
    .openapi(endRoute, async (c) => {
      await endGroupSession(db, getCookie(c, GROUP_COOKIE), c.req.valid('json').password, now());
      deleteCookie(c, GROUP_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
