import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * A Content-Security-Policy in the built page, so the browser itself refuses any request to
 * another host (a web font, an image in an instrument, an analytics script). Build only: the dev
 * server injects inline scripts for hot reload. The server may also send it as a header.
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    // survey-core sets inline style attributes (theme variables, widths).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'you-said-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The respondent app (survey, code entry, group-session kiosk) is one chunk on purpose: once
    // a group session's tablets have loaded the page, patchy Wi-Fi can only delay sending
    // answers, never break the survey half-way with a missing chunk. survey-core alone is most
    // of it. The staff app (with Chart.js and the QR code maker) is a second chunk behind a
    // dynamic import() in app.tsx, so a child's phone never downloads it.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
