import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, minify, transformWithOxc, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

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

/** Public files the service worker keeps with the shell (the PNG icons are only for installing). */
const SHELL_PUBLIC_FILES = ['/manifest.webmanifest', '/icons/icon.svg'];

/**
 * Builds the hand-written service worker (src/offline/service-worker.ts) into /sw.js: strips its
 * types, fills in the list of shell files (index.html, the respondent entry script and its CSS,
 * the manifest and icon; never the lazily loaded staff chunk) and a build id that changes with
 * any of them, so a new build's worker replaces the old shell as a whole.
 */
function serviceWorker(): Plugin {
  const source = path.join(here, 'src/offline/service-worker.ts');
  let publicDir = '';
  return {
    name: 'you-said-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const shell = ['/'];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        shell.push(`/${file.fileName}`, ...file.imports.map((f) => `/${f}`));
        shell.push(...[...(file.viteMetadata?.importedCss ?? [])].map((f) => `/${f}`));
      }
      shell.push(...SHELL_PUBLIC_FILES);
      const hash = createHash('sha256').update(shell.join('\n'));
      const page = bundle['index.html'];
      if (page?.type === 'asset') hash.update(page.source);
      for (const file of SHELL_PUBLIC_FILES) hash.update(await readFile(path.join(publicDir, file)));

      const transformed = await transformWithOxc(await readFile(source, 'utf8'), source, { lang: 'ts' });
      let code = transformed.code.replace(/^export\s*\{\s*\};?\s*$/m, '');
      const filled = code
        .replace(/(["'])__YOU_SAID_BUILD__\1/, JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace(/\[\s*(["'])__YOU_SAID_SHELL__\1\s*\]/, JSON.stringify(shell));
      if (filled === code || filled.includes('__YOU_SAID_')) this.error('service-worker.ts: the build id or shell placeholder was not found');
      code = (await minify('sw.js', filled)).code;
      if (/^\s*(import|export)\b/m.test(code)) this.error('service-worker.ts must import and export nothing: it runs as a classic script');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy, at the highest settings, beside every text file
 * of the build, so the server sends them without compressing on each request (and smaller:
 * on-the-fly compression is gzip at a middling level).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'you-said-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        for (const file of await filesUnder(outDir)) {
          if (!/\.(js|css|html|svg|json|webmanifest)$/.test(file) || (await stat(file)).size < 512) continue;
          const raw = await readFile(file);
          const br = brotliCompressSync(raw, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
          });
          const gz = gzipSync(raw, { level: 9 });
          if (br.length < raw.length) await writeFile(`${file}.br`, br);
          if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
        }
      },
    },
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else found.push(full);
  }
  return found;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), precompress()],
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
