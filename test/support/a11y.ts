import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Accessibility checks in the browser: axe-core from this workspace's node_modules, injected
 * into the page under test (nothing is fetched from anywhere), run against WCAG 2.0, 2.1 and 2.2
 * at levels A and AA.
 */

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe on the whole page as it is now and returns its WCAG A/AA violations (none is good). */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (rightly)
  // refuses inline <script> tags, and the test must not weaken the page it checks.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 300), summary: n.failureSummary ?? '' })),
    }));
  }, [...WCAG_AA_TAGS]);
}

/** A readable one-line-per-node account of violations, for a failing assertion's message. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${where}: [${v.id}] ${v.help} at ${n.target} ${n.html}`))
    .join('\n');
}

/**
 * Interactive elements on the page smaller than `min` CSS pixels in either direction (WCAG 2.5.8
 * asks for 24; the product promises 44 for small fingers). Hidden elements and native radios and
 * checkboxes drawn inside a larger label are measured by their label.
 */
export async function smallTapTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((minimum) => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="checkbox"]');
    for (const el of targets) {
      if (el.closest('[aria-hidden="true"], [hidden]')) continue;
      let box: HTMLElement = el;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        const label = el.closest('label') ?? (el.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(el.id)}"]`) : null);
        if (label) box = label;
      }
      const style = getComputedStyle(box);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = box.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // A link inside a sentence is exempt from the target size rule (WCAG 2.5.8, inline).
      if (el instanceof HTMLAnchorElement && getComputedStyle(el).display === 'inline') continue;
      if (rect.width < minimum || rect.height < minimum) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        small.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${name}" ${Math.round(rect.width)}x${Math.round(rect.height)}`);
      }
    }
    return small;
  }, min);
}

/** How far the page scrolls sideways (0 means it reflows to the viewport's width). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A voice the recording speech stand-in offers, as `speechSynthesis.getVoices()` lists it. */
export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** What the page asked the speech stand-in to say, and how often it was told to stop. */
export interface SpeechRecord {
  spoken: { text: string; lang: string; voice: string | null }[];
  cancels: number;
  /** recordings the page started playing (their addresses), and those that played to the end */
  played: string[];
  ended: string[];
}

/**
 * Installs, before any of the page's own scripts run, a recording stand-in for the browser's
 * speechSynthesis: the test machine has no speech engine or audio device, so the real one lists
 * no voices. It offers `voices`, records every utterance (text, lang, voice) and ends each one
 * at once so a sequence carries on. It is the only stand-in: recorded audio files really play
 * (headless Chromium decodes them to a silent output); `play()` is only watched, never replaced.
 */
export async function installSpeechRecorder(page: Page, voices: StubVoice[]): Promise<void> {
  await page.addInitScript((offered: StubVoice[]) => {
    const record: SpeechRecord = { spoken: [], cancels: 0, played: [], ended: [] };
    (window as unknown as { __speech: SpeechRecord }).__speech = record;

    class RecordedUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: StubVoice | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const listed = offered.map((v) => Object.freeze({ ...v, voiceURI: v.name }));
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      getVoices: () => [...listed],
      speak(utterance: RecordedUtterance) {
        record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        setTimeout(() => {
          const end = new Event('end');
          utterance.onend?.(end);
          utterance.dispatchEvent(end);
        }, 0);
      },
      cancel() {
        record.cancels += 1;
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: RecordedUtterance });

    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function watchedPlay(this: HTMLMediaElement) {
      const src = new URL(this.src, location.href).pathname;
      record.played.push(src);
      this.addEventListener('ended', () => record.ended.push(src), { once: true });
      return play.call(this);
    };
  }, voices);
}

/** What the page has asked to be spoken and played so far. */
export async function speechRecord(page: Page): Promise<SpeechRecord> {
  return page.evaluate(() => {
    const r = (window as unknown as { __speech: SpeechRecord }).__speech;
    return { spoken: [...r.spoken], cancels: r.cancels, played: [...r.played], ended: [...r.ended] };
  });
}

/** Local voices for English and Arabic, and none for Welsh. */
export const VOICES_WITHOUT_WELSH: StubVoice[] = [
  { name: 'Test English (UK)', lang: 'en-GB', localService: true, default: true },
  { name: 'Test English (US)', lang: 'en-US', localService: true, default: false },
  { name: 'Test Arabic', lang: 'ar-SA', localService: true, default: false },
  // Online voices send the words to a speech service: the app must never pick one.
  { name: 'Online Welsh', lang: 'cy-GB', localService: false, default: false },
];

/** Local voices for every language the app offers. */
export const VOICES_FOR_ALL: StubVoice[] = [...VOICES_WITHOUT_WELSH.slice(0, 3), { name: 'Test Welsh', lang: 'cy-GB', localService: true, default: false }];
