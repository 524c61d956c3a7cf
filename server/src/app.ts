import { serveStatic } from '@hono/node-server/serve-static';
import { INSTRUMENT_VERSIONS } from '@you-said/surveys';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { calendarDate } from './dates.ts';
import type { Db } from './db/create-db.ts';
import { AppError } from './errors.ts';
import { authRoutes } from './accounts/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { clientKey } from './http/client-key.ts';
import { loadStaffSession } from './http/staff-auth.ts';
import { accessLog } from './http/access-log.ts';
import { limitBody, requireJsonBody } from './http/request-body.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createErrorHandler } from './http/error-handler.ts';
import { pageHintsOrNone } from './http/page-hints.ts';
import { createRouter } from './http/router.ts';
import { instrumentRoutes } from './instruments/routes.ts';
import type { Logger } from './logger.ts';
import { compileCheckers } from './responses/checkers.ts';
import { responsesRoutes } from './responses/routes.ts';
import { publicWaveRoutes } from './waves/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { codeRoutes } from './codes/routes.ts';
import { councilRoutes } from './councils/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import { groupSessionRoutes } from './group-sessions/routes.ts';
import { staffAccountRoutes } from './staff-accounts/routes.ts';
import { staffWaveRoutes } from './staff-waves/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import type { ReportOptions } from '@you-said/analysis';

export interface AppDeps {
  db: Db;
  config: Pick<Config, 'BODY_LIMIT_BYTES' | 'TIME_ZONE' | 'WEB_DIST_DIR'>;
  logger: Logger;
  /** the current instant; tests pass a fixed one */
  now?: () => Date;
  /** report thresholds that differ from analysis's defaults */
  reportOptions?: Partial<ReportOptions>;
}

/**
 * Builds the whole HTTP app from explicit dependencies. Holds no state of its own between
 * requests, so any number of server processes can share one database.
 */
export function createApp({ db, config, logger, now = () => new Date(), reportOptions = {} }: AppDeps) {
  const today = () => calendarDate(now(), config.TIME_ZONE);
  const checkerFor = compileCheckers(INSTRUMENT_VERSIONS);

  const api = createRouter()
    .route('/', authRoutes({ db, now }))
    .route('/', healthRoutes({ db }))
    .route('/', instrumentRoutes())
    .route('/', publicWaveRoutes({ db, today }))
    .route('/', responsesRoutes({ db, checkerFor, today }))
    .route('/', councilRoutes({ db }))
    .route('/', staffAccountRoutes({ db }))
    .route('/', staffWaveRoutes({ db, today }))
    .route('/', codeRoutes({ db, now, today }))
    .route('/', groupSessionRoutes({ db, now, today }))
    .route('/', dashboardRoutes({ db, today }))
    .route('/', auditRoutes({ db }))
    .route('/', reportRoutes({ db, today, reportOptions }));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/api' }],
    info: {
      title: 'You Said API',
      version: '1',
      description: 'Anonymous wellbeing surveys for children in care and care leavers.',
    },
  });

  const app = new Hono();
  app.use(...edgeMiddleware({ config, logger }));
  app.use('/api/auth/*', clientKey(db));
  app.use('/api/public/codes/*', clientKey(db));
  app.use('/api/*', loadStaffSession(db, now));
  app.route('/api', api);
  app.all('/api/*', () => {
    throw new AppError('not_found', 404, 'There is no such API address.');
  });

  serveWebApp(app, config.WEB_DIST_DIR, (pathname) => pageHintsOrNone(db, pathname, today(), logger));
  app.onError(createErrorHandler(logger));
  return app;
}

/**
 * What every request passes through before a route: a request id, the access log, compression
 * of GET answers, security headers, and for a request with a body, JSON only and a size limit.
 * Exported so the submit benchmark's baseline endpoint pays exactly the same edge costs.
 */
export function edgeMiddleware({ config, logger }: Pick<AppDeps, 'config' | 'logger'>): MiddlewareHandler[] {
  const compressed = compress();
  return [
    requestId({ limitLength: 64 }),
    accessLog(logger),
    // Pages, scripts and instruments are worth compressing; the small JSON answers to a POST are
    // not, and wrapping them would cost @hono/node-server its fast path.
    (c, next) => (c.req.method === 'GET' ? compressed(c, next) : next()),
    securityHeaders(),
    requireJsonBody(),
    limitBody(config.BODY_LIMIT_BYTES),
  ];
}

/** Serves the built web app, with every other path answered by index.html (client-side routes). */
function serveWebApp(app: Hono, root: string, hintsFor: (pathname: string) => Promise<string[]>) {
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get('*', (c) => c.text('The web app has not been built yet: run `pnpm --filter @you-said/web build`.', 503));
    return;
  }
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.req.path.startsWith('/api/')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
    }
  });
  // The build writes .br and .gz beside each text file (web/vite.config.ts): sent as they are,
  // smaller than on-the-fly gzip and at no CPU cost per request.
  app.use('*', serveStatic({ root, precompressed: true }));
  // Every other address is a page of the app: a survey link's page names what it will fetch
  // (see http/page-hints.ts), looked up while index.html is read.
  app.get('*', async (c, next) => {
    const hints = hintsFor(c.req.path);
    await next();
    const links = await hints;
    if (c.res.ok && links.length > 0) c.res.headers.set('Link', links.join(', '));
  });
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
}

/**
 * Asset file names carry a content hash, so they never change. The icons and the manifest keep
 * their names but almost never change: a day's copy is fine, and the service worker's copy of the
 * icon then comes from the browser's cache, not the network again. Pages, and the service
 * worker's script, must be revalidated every time so a new build reaches devices at once.
 */
function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/icons/') || path === '/manifest.webmanifest') return 'public, max-age=86400';
  return 'no-cache';
}
