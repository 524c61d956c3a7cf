import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startApp, type RunningApp } from './start-app.ts';

/** The app under test, running on a real PostgreSQL or PGlite (see start-app.ts); set once a file's tests start. */
export let server: RunningApp;
/** Debian's Chromium, driven by Playwright; set once a file's tests start. */
export let browser: Browser;

/**
 * Starts the app and the browser before a test file's tests and stops both after them. The
 * bindings above are live: a test file imports `server` and `browser` and uses them in its tests.
 */
export function startAppAndBrowser(): void {
  beforeAll(async () => {
    server = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
