import { appLanguage, type LanguageCode } from '../language/languages.ts';
import { speechChunks } from './spoken-text.ts';
import { pickVoice } from './voices.ts';

/** One thing to read out: its words, and a recording of them if there is one. */
export interface ReadingItem {
  text: string;
  recording: string | null;
}

/** Something could not be read out; `key` names the Listen button that should say so. */
export interface ReadAloudNotice {
  key: string;
  language: LanguageCode;
}

export interface ReadAloud {
  readonly language: LanguageCode;
  /** Stops whatever is being read and reads `items` in turn. `key` names the button (or question) asking. */
  read(key: string, items: ReadingItem[]): void;
  /** Reads `items` after whatever is being read now. */
  queue(key: string, items: ReadingItem[]): void;
  stop(): void;
  notice(): ReadAloudNotice | null;
  subscribe(listener: () => void): () => void;
}

// Slightly slower than the default: the listeners are young, or reading in a second language.
const SPEECH_RATE = 0.9;
// How long to wait for a device to list its voices; Chrome lists them only after a first ask.
const VOICES_WAIT_MS = 1500;

/**
 * Reads survey text aloud in one language: a recording where one exists, otherwise the device's
 * own speech voice (the browser's speechSynthesis, which speaks on the device). When the device
 * has no voice for the language, nothing is read and a notice names the button that asked.
 */
export function createReadAloud(language: LanguageCode): ReadAloud {
  const listeners = new Set<() => void>();
  let notice: ReadAloudNotice | null = null;
  let pending: { key: string; item: ReadingItem }[] = [];
  let running = false;
  // Bumped by every stop: a reading that finds it changed has been overtaken and goes quiet.
  let generation = 0;
  let audio: HTMLAudioElement | null = null;

  const setNotice = (next: ReadAloudNotice | null) => {
    if (next?.key === notice?.key && next?.language === notice?.language) return;
    notice = next;
    for (const listener of listeners) listener();
  };

  const stop = () => {
    generation += 1;
    pending = [];
    running = false;
    window.speechSynthesis?.cancel();
    audio?.pause();
    audio = null;
  };

  const run = async () => {
    if (running) return;
    running = true;
    const mine = generation;
    while (pending.length > 0 && mine === generation) {
      const { key, item } = pending.shift()!;
      if (item.recording !== null) {
        const played = await playRecording(item.recording, (element) => (audio = element));
        if (mine !== generation) return;
        if (played) continue;
      }
      const spoken = await speak(item.text, language, () => mine !== generation);
      if (mine !== generation) return;
      if (spoken === 'no_voice') {
        setNotice({ key, language });
        pending = [];
      }
    }
    if (mine === generation) running = false;
  };

  return {
    language,
    read(key, items) {
      stop();
      setNotice(null);
      pending = items.map((item) => ({ key, item }));
      void run();
    },
    queue(key, items) {
      pending.push(...items.map((item) => ({ key, item })));
      void run();
    },
    stop,
    notice: () => notice,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Plays a recording to its end; false if it could not be played (the caller then speaks the words). */
function playRecording(url: string, keep: (audio: HTMLAudioElement) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const audio = new Audio(url);
    keep(audio);
    audio.addEventListener('ended', () => resolve(true), { once: true });
    audio.addEventListener('error', () => resolve(false), { once: true });
    // Stopped part-way (another Listen pressed): finished, as far as this reading is concerned.
    audio.addEventListener('pause', () => resolve(true), { once: true });
    audio.play().catch(() => resolve(false));
  });
}

type Spoken = 'done' | 'no_voice';

async function speak(text: string, language: LanguageCode, overtaken: () => boolean): Promise<Spoken> {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return 'no_voice';
  const voice = pickVoice(await deviceVoices(synth), appLanguage(language).speech);
  if (!voice) return 'no_voice';
  for (const chunk of speechChunks(text)) {
    if (overtaken()) return 'done';
    await new Promise<void>((resolve) => {
      const utterance = new window.SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = SPEECH_RATE;
      utterance.onend = () => resolve();
      // Cancelled by another Listen, or the engine failed: either way this piece is over.
      utterance.onerror = () => resolve();
      synth.speak(utterance);
    });
  }
  return 'done';
}

function deviceVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = window.setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}
