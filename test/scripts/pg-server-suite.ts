// Runs only the server suite against a throwaway PostgreSQL 15 server (the full runner does this too).
import { spawnSync } from 'node:child_process';
import { startPostgres } from '../support/postgres-server.ts';

const pg = await startPostgres();
let status = 1;
try {
  status = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', 'server', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: pg.url },
  }).status ?? 1;
} finally {
  pg.stop();
}
process.exit(status);
