import { spawnSync } from 'node:child_process';
import { startPostgres } from '../support/postgres-server.ts';

// Every test, in order: unit tests; the server suite on PGlite; the same suite on a real
// PostgreSQL 15 server started here and stopped afterwards; the browser tests.

function vitest(projects: string[], env: Record<string, string> = {}) {
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  console.log(`\n▶ ${args.join(' ')}${env.TEST_DATABASE_URL ? ' (on PostgreSQL)' : ''}`);
  const result = spawnSync('pnpm', ['exec', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${projects.join(', ')} failed`);
    process.exit(result.status ?? 1);
  }
}

vitest(['surveys', 'analysis', 'web']);
vitest(['server']);
const pg = await startPostgres();
try {
  vitest(['server'], { TEST_DATABASE_URL: pg.url });
} finally {
  pg.stop();
}
vitest(['e2e']);
console.log('\n✓ every test passed');
