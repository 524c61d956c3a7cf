/**
 * Writes the placeholder recording the read-aloud feature ships with: three soft rising tones
 * (C5, E5, G5), 16-bit mono PCM WAV at 16 kHz. It stands in for a real voice recording until a
 * council records its questions; see README.md. The web build makes it (web/vite.config.ts); to
 * write one to listen to:
 *
 *   pnpm exec tsx surveys/audio/make-placeholder-recording.ts /tmp/feel_safe.wav
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SAMPLE_RATE = 16_000;
const TONES_HZ = [523.25, 659.25, 783.99];
const TONE_SECONDS = 0.3;
const GAP_SECONDS = 0.05;
const FADE_SECONDS = 0.02;
const VOLUME = 0.35;

/** The samples of the chime, each in [-1, 1]. */
export function chimeSamples(): Float64Array {
  const toneLength = Math.round(TONE_SECONDS * SAMPLE_RATE);
  const gapLength = Math.round(GAP_SECONDS * SAMPLE_RATE);
  const fadeLength = Math.round(FADE_SECONDS * SAMPLE_RATE);
  const samples = new Float64Array(TONES_HZ.length * (toneLength + gapLength));
  TONES_HZ.forEach((hz, t) => {
    const offset = t * (toneLength + gapLength);
    for (let i = 0; i < toneLength; i++) {
      // Short fades at both ends, so the tones start and stop without a click.
      const envelope = Math.min(1, i / fadeLength, (toneLength - 1 - i) / fadeLength);
      samples[offset + i] = VOLUME * envelope * Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE);
    }
  });
  return samples;
}

/** A RIFF/WAVE file holding `samples` as 16-bit little-endian mono PCM. */
export function wavFile(samples: Float64Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // size of the fmt chunk
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // one channel
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  buffer.writeUInt16LE(2, 32); // bytes per frame
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  samples.forEach((s, i) => buffer.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), 44 + i * 2));
  return buffer;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: tsx surveys/audio/make-placeholder-recording.ts <file.wav>');
    process.exit(2);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, wavFile(chimeSamples()));
  console.log(`wrote ${target}`);
}
