/**
 * Installs the service worker (/sw.js) that lets the respondent app open with no connection.
 * Only in a built app (the dev server has no /sw.js), and only where the browser allows one:
 * service workers need a secure context (https or localhost), so a tablet on a plain-http
 * address works online only, with answers still queued in the page's outbox.
 *
 * Registered once the page has loaded, so the worker's first download of the shell comes from
 * the HTTP cache the page has just filled, not from the network a second time.
 *
 * The worker only sees a page's requests once it is in charge of it: on a first visit, what the
 * page fetched before then (a language pack chosen while the worker was still installing) went
 * past it. So when it takes charge, the page asks again for every script and stylesheet it has
 * fetched: the answers come from the browser's cache, not the network, and pass through the
 * worker, which keeps the ones that are its to keep (it ignores the rest, staff files among them).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; nothing to tell the child.
    });
  };
  navigator.serviceWorker.addEventListener('controllerchange', handOverEarlierFetches, { once: true });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function handOverEarlierFetches(): void {
  const assets = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    if (url.origin === window.location.origin && url.pathname.startsWith('/assets/')) assets.add(url.pathname);
  }
  for (const asset of assets) {
    void fetch(asset).catch(() => {
      // Offline already: nothing lost, the file is fetched again when it is next needed.
    });
  }
}
