import { describe, expect, it } from 'vitest';
import { findInstrumentVersion, latestInstrumentVersions } from '@you-said/surveys';
import manifest from '../../../surveys/audio/manifest.json';
import { readManifest, recordingFor, RECORDINGS } from './recordings.ts';

// Stand-ins the web build makes (vite.config.ts), rather than files in web/public.
const PLACEHOLDERS = new Set(manifest.recordings.filter((r) => r.placeholder === true).map((r) => r.file));

// Every file under web/public/audio, as the built site serves it (keys like "/public/audio/...").
const SHIPPED_FILES = Object.keys(import.meta.glob('/public/audio/**/*', { query: '?url', import: 'default' })).map((key) =>
  key.replace(/^\/public\//, ''),
);

function questionNames(instrument: string): Map<string, string[]> {
  const versions = latestInstrumentVersions().filter((v) => v.id === instrument);
  const version = versions[0] && findInstrumentVersion(instrument, versions[0].version);
  const names = new Map<string, string[]>();
  for (const page of (version?.definition.pages ?? []) as { elements?: { name: string; choices?: ({ value: string } | string)[] }[] }[]) {
    for (const e of page.elements ?? []) names.set(e.name, (e.choices ?? []).map((c) => (typeof c === 'string' ? c : c.value)));
  }
  return names;
}

describe('the recordings manifest', () => {
  it('has at least one recording, and every one is of a real question (or answer) of its instrument', () => {
    expect(RECORDINGS.length).toBeGreaterThan(0);
    for (const r of RECORDINGS) {
      const questions = questionNames(r.instrument);
      expect(questions.has(r.question), `${r.instrument} has no question ${r.question}`).toBe(true);
      if (r.choice !== undefined) expect(questions.get(r.question)).toContain(r.choice);
    }
  });

  it('points only at files that ship in web/public, or at stand-ins the build makes', () => {
    for (const r of RECORDINGS) if (!PLACEHOLDERS.has(r.file)) expect(SHIPPED_FILES, r.file).toContain(r.file);
    // A stand-in is never also kept in git: the build makes it.
    expect(SHIPPED_FILES.filter((f) => PLACEHOLDERS.has(f))).toEqual([]);
  });

  it('ignores entries that would fetch from another site or outside the public folder', () => {
    const raw = {
      recordings: [
        { instrument: 'children-4-7', language: 'en', question: 'feel_safe', file: 'https://example.org/a.mp3' },
        { instrument: 'children-4-7', language: 'en', question: 'feel_safe', file: '//example.org/a.mp3' },
        { instrument: 'children-4-7', language: 'en', question: 'feel_safe', file: 'audio/../../secret.wav' },
        { instrument: 'children-4-7', language: 'fr', question: 'feel_safe', file: 'audio/fr.wav' },
        { instrument: 'children-4-7', language: 'cy', question: 'feel_safe', file: 'audio/children-4-7/cy/feel_safe.mp3' },
      ],
    };
    expect(readManifest(raw).map((r) => r.file)).toEqual(['audio/children-4-7/cy/feel_safe.mp3']);
    expect(readManifest({ nothing: true })).toEqual([]);
  });
});

describe('recordingFor', () => {
  const recordings = readManifest({
    recordings: [
      { instrument: 'children-4-7', language: 'en', question: 'feel_safe', file: 'audio/q.wav' },
      { instrument: 'children-4-7', language: 'en', question: 'feel_safe', choice: 'always', file: 'audio/always.wav' },
    ],
  });

  it('finds the recording of a question in its language, from the site root', () => {
    expect(recordingFor(recordings, { instrument: 'children-4-7', language: 'en', question: 'feel_safe' })).toBe('/audio/q.wav');
  });

  it('tells a recording of one answer from the recording of its question', () => {
    expect(recordingFor(recordings, { instrument: 'children-4-7', language: 'en', question: 'feel_safe', choice: 'always' })).toBe('/audio/always.wav');
    expect(recordingFor(recordings, { instrument: 'children-4-7', language: 'en', question: 'feel_safe', choice: 'never' })).toBeNull();
  });

  it('has nothing for another language or instrument, so the device voice reads it', () => {
    expect(recordingFor(recordings, { instrument: 'children-4-7', language: 'cy', question: 'feel_safe' })).toBeNull();
    expect(recordingFor(recordings, { instrument: 'children-8-11', language: 'en', question: 'feel_safe' })).toBeNull();
  });
});
