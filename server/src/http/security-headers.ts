import type { MiddlewareHandler } from 'hono';

// Only our own origin: no fonts, scripts or images from elsewhere reach a child's device.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Every response: no MIME sniffing, no referrer leaving the site, not embeddable elsewhere. */
const COMMON: [string, string][] = [
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * Documents (the app's pages) and the service worker's script: the policies a browser applies to
 * a page or a worker. Meaningless on JSON, scripts, stylesheets and images, which go without them:
 * on a child's slow connection the page's dozen requests would carry 5 kB of them for nothing.
 */
const PAGES: [string, string][] = [
  ...COMMON,
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
];

/**
 * Security headers on every response. Set before the handler runs (not patched onto the finished
 * response, as hono/secure-headers does) so @hono/node-server keeps its fast path for small JSON
 * answers; error responses built by onError carry them too.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of isDocument(c.req.path) ? PAGES : COMMON) c.header(name, value);
    await next();
  };
}

/** Static files that are never a document nor a worker: the built assets, the icons, the manifest. */
const NOT_DOCUMENTS = /^\/(api|assets|icons)\/|^\/manifest\.webmanifest$/;

/** Whether a path may answer with a page (every client-side route does) or the worker script. */
export function isDocument(path: string): boolean {
  return !NOT_DOCUMENTS.test(path);
}
