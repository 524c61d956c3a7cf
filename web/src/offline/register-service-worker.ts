/**
 * Installs the service worker (/sw.js) that lets the respondent app open with no connection.
 * Only in a built app (the dev server has no /sw.js), and only where the browser allows one:
 * service workers need a secure context (https or localhost), so a tablet on a plain-http
 * address works online only, with answers still queued in the page's outbox.
 *
 * Registered once the page has loaded, so the worker's first download of the shell comes from
 * the HTTP cache the page has just filled, not from the network a second time.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; nothing to tell the child.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
