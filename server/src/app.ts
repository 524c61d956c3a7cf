import { serveStatic } from '@hono/node-server/serve-static';
import { INSTRUMENT_VERSIONS } from '@you-said/surveys';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { calendarDate } from './dates.ts';
import type { Db } from './db/create-db.ts';
import { AppError } from './errors.ts';
import { healthRoutes } from './health/routes.ts';
import { accessLog } from './http/access-log.ts';
import { createErrorHandler } from './http/error-handler.ts';
import { createRouter } from './http/router.ts';
import { instrumentRoutes } from './instruments/routes.ts';
import type { Logger } from './logger.ts';
import { compileCheckers } from './responses/checkers.ts';
import { responsesRoutes } from './responses/routes.ts';
import { publicWaveRoutes } from './waves/routes.ts';

export interface AppDeps {
  db: Db;
  config: Pick<Config, 'BODY_LIMIT_BYTES' | 'TIME_ZONE' | 'WEB_DIST_DIR'>;
  logger: Logger;
  /** the current instant; tests pass a fixed one */
  now?: () => Date;
}

/**
 * Builds the whole HTTP app from explicit dependencies. Holds no state of its own between
 * requests, so any number of server processes can share one database.
 */
export function createApp({ db, config, logger, now = () => new Date() }: AppDeps) {
  const today = () => calendarDate(now(), config.TIME_ZONE);
  const checkerFor = compileCheckers(INSTRUMENT_VERSIONS);

  const api = createRouter()
    .route('/', healthRoutes({ db }))
    .route('/', instrumentRoutes())
    .route('/', publicWaveRoutes({ db, today }))
    .route('/', responsesRoutes({ db, checkerFor, today }));
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
  app.use(requestId({ limitLength: 64 }));
  app.use(accessLog(logger));
  app.use(compress());
  app.use(
    secureHeaders({
      // Only our own origin: no fonts, scripts or images from elsewhere reach a child's device.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('/api/*', async (c, next) => {
    // A body that is not JSON is refused before anything reads it.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new AppError('unsupported_media_type', 415, 'The request must be sent as JSON (Content-Type: application/json).');
      }
    }
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.BODY_LIMIT_BYTES,
      onError: () => {
        throw new AppError('payload_too_large', 413, `The request is larger than ${Math.round(config.BODY_LIMIT_BYTES / 1024)} kB. A survey is far smaller than this; please reload the page and try again.`);
      },
    }),
  );
  app.route('/api', api);
  app.all('/api/*', () => {
    throw new AppError('not_found', 404, 'There is no such API address.');
  });

  serveWebApp(app, config.WEB_DIST_DIR);
  app.onError(createErrorHandler(logger));
  return app;
}

/** Serves the built web app, with every other path answered by index.html (client-side routes). */
function serveWebApp(app: Hono, root: string) {
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get('*', (c) => c.text('The web app has not been built yet: run `pnpm --filter @you-said/web build`.', 503));
    return;
  }
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.req.path.startsWith('/api/')) {
      // asset file names carry a content hash, so they never change; pages must be revalidated
      const immutable = c.req.path.startsWith('/assets/');
      c.res.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
