/**
 * The public things a survey needs to open again with no connection, put into the same cache
 * the service worker answers from (its DATA_CACHE in service-worker.ts; keep the names equal).
 * The service worker only sees requests once it controls the page, which is never the case on
 * the first visit, so the page puts its wave and questions there itself, from what it has just
 * loaded: no second download. Both are stored in the shape the server sends them, which is the
 * shape api.ts reads back.
 */
const DATA_CACHE = 'you-said-data-v1';

export function wavePath(slug: string): string {
  return `/api/public/waves/${encodeURIComponent(slug)}`;
}

export function instrumentPath(id: string, version: number): string {
  return `/api/instruments/${encodeURIComponent(id)}/versions/${version}`;
}

/**
 * Stores each `[path, body]` in the offline cache unless a copy is there already (the service
 * worker keeps a wave's copy fresh itself once it is in charge). Silently nothing where there is
 * no Cache Storage (plain http) or in the dev server (no service worker).
 */
export function keepForOffline(copies: [path: string, body: unknown][]): void {
  if (!import.meta.env.PROD || typeof caches === 'undefined') return;
  void (async () => {
    const cache = await caches.open(DATA_CACHE).catch(() => null);
    for (const [path, body] of copies) {
      try {
        if (cache && !(await cache.match(path))) {
          await cache.put(path, new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
        }
      } catch {
        // Storage refused (full, or private mode): the app works online regardless.
      }
    }
  })();
}
