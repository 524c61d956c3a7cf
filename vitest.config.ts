import { defineConfig } from 'vitest/config';

// One project per kind of test, so the test command can run them in separate steps
// (the server project runs twice: on PGlite and on a real PostgreSQL server).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'surveys', root: 'surveys', include: ['src/**/*.test.ts'] } },
      { test: { name: 'analysis', root: 'analysis', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: 'server', include: ['src/**/*.test.ts'], testTimeout: 30000, hookTimeout: 60000 } },
      { test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'] } },
      { test: { name: 'e2e', root: 'test', include: ['e2e/**/*.test.ts'], testTimeout: 120000, hookTimeout: 120000, fileParallelism: false } },
    ],
  },
});
