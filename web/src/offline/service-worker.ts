/**
 * The respondent app's service worker, written by hand. vite.config.ts strips the types, fills in
 * the build id and the list of shell files, and writes it to /sw.js. It must import nothing: it
 * runs as a classic script, on its own.
 *
 * What it keeps, and nothing else:
 * - the app shell: index.html (kept under "/"), the respondent scripts (the entry and the survey
 *   chunk) and their stylesheets, the manifest and the icon: cache first, replaced as a whole
 *   when a new build installs;
 * - the respondent app's extras (the kiosk, the results page, survey-core's words in each
 *   language): kept once a page has fetched them, not before, so a child's phone downloads only
 *   what it uses. A device that had any of them (a group session's tablet) gets all of the new
 *   build's when it installs, so an update cannot leave it without one offline;
 * - published instrument versions (`/api/instruments/{id}/versions/{v}`): the copy at once, and
 *   a fresh one fetched behind it for next time (the questions never change, but a reviewed
 *   translation may; the server's ETag makes an unchanged one cost a 304);
 * - a wave's public page (`/api/public/waves/{slug}`): network first, the copy only when offline.
 *
 * It never touches staff pages (`/staff/...`), the staff chunk, any other `/api/` address (staff
 * data, sign-in, group sessions, access codes), nor any request that is not a GET: answers are
 * never in a cache. Answers waiting to be sent live in the page's IndexedDB outbox instead.
 */

interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}

const scope = globalThis as unknown as SwScope;

// Filled in at build time (see vite.config.ts).
const BUILD: string = '__YOU_SAID_BUILD__';
const SHELL: string[] = ['__YOU_SAID_SHELL__'];
const EXTRAS: string[] = ['__YOU_SAID_EXTRAS__'];

const SHELL_CACHE = `you-said-shell-${BUILD}`;
const SHELL_PREFIX = 'you-said-shell-';
const EXTRAS_CACHE = `you-said-extras-${BUILD}`;
const EXTRAS_PREFIX = 'you-said-extras-';
const DATA_CACHE = 'you-said-data-v1';
/** The page every respondent address is answered with: the app routes on the client. */
const SHELL_PAGE = '/';
/** How long a wave's page may take before the copy is used: patchy Wi-Fi must not hang the app. */
const NETWORK_WAIT_MS = 5000;

const INSTRUMENT = /^\/api\/instruments\/[^/]+\/versions\/\d+$/;
const PUBLIC_WAVE = /^\/api\/public\/waves\/[^/]+$/;
const shellFiles = new Set(SHELL);
const extraFiles = new Set(EXTRAS);

scope.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)), keepExtrasIfUsed()])
      // A new build takes over at once: its shell is complete, and the old one's files may be gone from the server.
      .then(() => scope.skipWaiting()),
  );
});

/** Fetches this build's extras if an earlier build's were ever kept on this device. */
async function keepExtrasIfUsed(): Promise<void> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(EXTRAS_PREFIX) || name === EXTRAS_CACHE) continue;
    if ((await (await caches.open(name)).keys()).length === 0) continue;
    await (await caches.open(EXTRAS_CACHE)).addAll(EXTRAS);
    return;
  }
}

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => isOldBuild(n)).map((n) => caches.delete(n))))
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin) return;
  const path = url.pathname;

  if (request.mode === 'navigate') {
    // Staff pages always come from the server, never from here.
    if (path === '/staff' || path.startsWith('/staff/') || path.startsWith('/api/')) return;
    event.respondWith(shellPage(request));
  } else if (INSTRUMENT.test(path) && url.search === '') {
    event.respondWith(copyThenRefresh(DATA_CACHE, request, event));
  } else if (PUBLIC_WAVE.test(path) && url.search === '') {
    event.respondWith(networkFirst(DATA_CACHE, request));
  } else if (shellFiles.has(path) && url.search === '') {
    event.respondWith(cacheFirst(SHELL_CACHE, request));
  } else if (extraFiles.has(path) && url.search === '') {
    event.respondWith(cacheFirst(EXTRAS_CACHE, request));
  }
});

function isOldBuild(cacheName: string): boolean {
  return (cacheName.startsWith(SHELL_PREFIX) && cacheName !== SHELL_CACHE) || (cacheName.startsWith(EXTRAS_PREFIX) && cacheName !== EXTRAS_CACHE);
}

async function shellPage(request: Request): Promise<Response> {
  const cached = await caches.match(SHELL_PAGE, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

async function cacheFirst(cacheName: string, request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function copyThenRefresh(cacheName: string, request: Request, event: SwExtendableEvent): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  const refreshed = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  if (!cached) return refreshed;
  // Offline, the refresh fails quietly and the copy stays.
  event.waitUntil(refreshed.catch(() => undefined));
  return cached;
}

async function networkFirst(cacheName: string, request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await withTimeout(fetch(request), NETWORK_WAIT_MS);
    if (response.ok) await cache.put(request, response.clone());
    // A wave that no longer exists must not live on in the copy.
    else if (response.status === 404) await cache.delete(request);
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// A module for the type checker (its names stay its own); the build removes this line.
export {};
