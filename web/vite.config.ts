import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, minify, transformWithOxc, type Plugin, type Rollup } from 'vite';
import { chimeSamples, wavFile } from '../surveys/audio/make-placeholder-recording.ts';
import recordings from '../surveys/audio/manifest.json';

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

/** The survey chunk: survey-core and survey-react-ui, asked for by index.html beside the entry. */
const SURVEY_RUNTIME = path.join(here, 'src/respondent/survey-runtime.ts');
/** The staff app: never kept by the service worker, nor anything only it uses. */
const STAFF_APP = path.join(here, 'src/staff/staff-app.tsx');

type Chunk = Rollup.OutputChunk;

function chunks(bundle: Rollup.OutputBundle): Chunk[] {
  return Object.values(bundle).filter((f): f is Chunk => f.type === 'chunk');
}

/** The chunk a dynamically imported module is reached through (or, failing that, the one holding it). */
function chunkOf(bundle: Rollup.OutputBundle, module: string): Chunk {
  const found = chunks(bundle).find((c) => c.facadeModuleId === module) ?? chunks(bundle).find((c) => c.moduleIds.includes(module));
  if (!found) throw new Error(`vite.config.ts: no chunk for ${module}`);
  return found;
}

/**
 * The chunks `from` needs, themselves first: their static imports, and with `dynamic` the chunks
 * they may import later too, except the ones `stopAt` picks (and what only those import).
 */
function closure(bundle: Rollup.OutputBundle, from: Chunk[], dynamic = false, stopAt: (c: Chunk) => boolean = () => false): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName) || stopAt(chunk)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of [...chunk.imports, ...(dynamic ? chunk.dynamicImports : [])]) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  from.forEach(visit);
  return [...seen.values()];
}

/** A chunk's script and the stylesheets that go with it, as addresses. */
function addresses(chunk: Chunk): string[] {
  return [`/${chunk.fileName}`, ...[...(chunk.viteMetadata?.importedCss ?? [])].map((f) => `/${f}`)];
}

/**
 * index.html asks for the survey chunk (and its stylesheet) at once, beside the entry script,
 * rather than when the entry gets round to importing it: on a slow connection both arrive
 * together, and the start screen, which needs only the entry, shows long before survey-core
 * has arrived.
 */
function preloadSurveyChunk(): Plugin {
  return {
    name: 'you-said-preload-survey',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const already = new Set(closure(bundle, chunks(bundle).filter((c) => c.isEntry)).map((c) => c.fileName));
        const runtime = chunkOf(bundle, SURVEY_RUNTIME);
        // If the entry needed survey-core itself, the start screen would wait for all of it.
        const surveyCore = chunks(bundle).find((c) => c.moduleIds.some((id) => /survey-core[\\/]fesm[\\/]survey-core\.mjs$/.test(id)));
        if (!surveyCore || already.has(surveyCore.fileName)) {
          throw new Error('vite.config.ts: the entry chunk imports survey-core; import survey code only through respondent/survey-runtime-loader.ts');
        }
        const survey = closure(bundle, [runtime]).filter((c) => !already.has(c.fileName));
        return survey.flatMap((chunk) => [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' as const },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `/${css}` },
            injectTo: 'head' as const,
          })),
        ]);
      },
    },
  };
}

/**
 * Public files the service worker keeps with the shell: the page's icon. Not the manifest nor the
 * PNG icons, which the browser reads only to install the app, online.
 */
const SHELL_PUBLIC_FILES = ['/icons/icon.svg'];

/**
 * Builds the hand-written service worker (src/offline/service-worker.ts) into /sw.js: strips its
 * types, fills in the list of shell files (index.html, the respondent entry script, the survey
 * chunk and their CSS, the icon), the list of extras (the respondent app's other chunks: the
 * kiosk, the results page, each language's words; kept once a page has fetched them) and a build
 * id that changes with any of them, so a new build's worker replaces the old shell as a whole.
 * The staff chunk, and whatever only it uses, is in neither list.
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
      const entry = chunks(bundle).filter((c) => c.isEntry);
      const shellChunks = closure(bundle, [...entry, chunkOf(bundle, SURVEY_RUNTIME)]);
      const shell = ['/', ...shellChunks.flatMap(addresses), ...SHELL_PUBLIC_FILES];
      const inShell = new Set(shellChunks.map((c) => c.fileName));
      const staff = chunkOf(bundle, STAFF_APP);
      const respondent = closure(bundle, entry, true, (c) => c === staff);
      const extras = respondent.filter((c) => !inShell.has(c.fileName)).flatMap(addresses);
      if (respondent.length === 0 || !inShell.has(respondent[0]!.fileName)) this.error('the entry chunk is not in the shell');
      const hash = createHash('sha256').update(shell.join('\n')).update(extras.join('\n'));
      const page = bundle['index.html'];
      if (page?.type === 'asset') hash.update(page.source);
      for (const file of SHELL_PUBLIC_FILES) hash.update(await readFile(path.join(publicDir, file)));

      const transformed = await transformWithOxc(await readFile(source, 'utf8'), source, { lang: 'ts' });
      let code = transformed.code.replace(/^export\s*\{\s*\};?\s*$/m, '');
      const filled = code
        .replace(/(["'])__YOU_SAID_BUILD__\1/, JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace(/\[\s*(["'])__YOU_SAID_SHELL__\1\s*\]/, JSON.stringify(shell))
        .replace(/\[\s*(["'])__YOU_SAID_EXTRAS__\1\s*\]/, JSON.stringify(extras));
      if (filled === code || filled.includes('__YOU_SAID_')) this.error('service-worker.ts: the build id or shell placeholder was not found');
      code = (await minify('sw.js', filled)).code;
      if (/^\s*(import|export)\b/m.test(code)) this.error('service-worker.ts must import and export nothing: it runs as a classic script');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}

/**
 * The stand-in recordings the audio manifest marks `placeholder` (three tones, not anyone's voice;
 * see surveys/audio/README.md) are made here, into the build and by the dev server, rather than
 * kept in git. A real recording at the same path under public/ wins.
 */
function placeholderRecordings(): Plugin {
  let publicDir = '';
  const placeholders = () =>
    recordings.recordings.filter((r) => r.placeholder === true && !existsSync(path.join(publicDir, r.file))).map((r) => r.file);
  return {
    name: 'you-said-placeholder-recordings',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!placeholders().includes(file)) return next();
        res.setHeader('Content-Type', 'audio/wav');
        res.end(wavFile(chimeSamples()));
      });
    },
    generateBundle() {
      for (const file of placeholders()) this.emitFile({ type: 'asset', fileName: file, source: wavFile(chimeSamples()) });
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
  plugins: [react(), contentSecurityPolicy(), preloadSurveyChunk(), serviceWorker(), placeholderRecordings(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The respondent app is the entry chunk (React, the start screens, code entry, the offline
    // outbox) and the survey chunk (survey-core, most of the download), fetched side by side from
    // index.html and both kept by the service worker as the shell: once a page has loaded, patchy
    // Wi-Fi can only delay sending answers, never break a survey half-way with a missing chunk.
    // The kiosk, the results page and each language's words are small chunks of their own,
    // fetched when needed (a group session fetches them all as it starts). The staff app (with
    // Chart.js and the QR code maker) is a chunk behind a dynamic import() in app.tsx, so a
    // child's phone never downloads it.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named below: what they import from the entry stays in the entry.
          includeDependenciesRecursively: false,
          groups: [
            // survey-core, survey-react-ui and the app's modules only the survey uses, as one
            // chunk: one download, compressed as one, with no names passed between chunks.
            {
              name: 'survey-runtime',
              test: /node_modules[\\/](survey-core[\\/]fesm[\\/]survey-core|survey-react-ui[\\/])|web[\\/]src[\\/](respondent[\\/]survey-(runtime|model|frame)\.|read-aloud[\\/]|plain-text\.)|surveys[\\/]audio[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
