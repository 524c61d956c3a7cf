// What other packages (the end-to-end tests and benchmarks in test/) may use of the server.
export { createApp, edgeMiddleware, type AppDeps } from './app.ts';
export { createDb, type Db, type DbTarget } from './db/create-db.ts';
export { migrateToLatest } from './db/migrate.ts';
export { createLogger, type Logger } from './logger.ts';
export { seedDemo, DEMO_WAVE_SLUG } from './demo/seed-demo.ts';
export type { Database } from './db/schema.ts';
