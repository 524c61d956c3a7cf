import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from './voices.ts';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ name, lang, localService: true, default: false, ...extra });

describe('pickVoice', () => {
  it("prefers the language's own region to another region of the same language", () => {
    const voices = [voice('US', 'en-US', { default: true }), voice('UK', 'en-GB')];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('UK');
  });

  it('takes another region of the same language when the exact one is missing', () => {
    expect(pickVoice([voice('French', 'fr-FR'), voice('Saudi', 'ar-SA')], 'ar')?.name).toBe('Saudi');
  });

  it('finds nothing rather than read Welsh in an English voice', () => {
    expect(pickVoice([voice('UK', 'en-GB', { default: true })], 'cy-GB')).toBeNull();
  });

  it('never picks a voice that sends the words to an online speech service', () => {
    const voices = [voice('Online Welsh', 'cy-GB', { localService: false, default: true })];
    expect(pickVoice(voices, 'cy-GB')).toBeNull();
    expect(pickVoice([...voices, voice('Device Welsh', 'cy')], 'cy-GB')?.name).toBe('Device Welsh');
  });

  it("reads Android's underscore language tags and any letter case", () => {
    expect(pickVoice([voice('Android', 'EN_gb')], 'en-GB')?.name).toBe('Android');
  });

  it("falls back to the device's default voice among equals", () => {
    expect(pickVoice([voice('One', 'en-GB'), voice('Two', 'en-GB', { default: true })], 'en-GB')?.name).toBe('Two');
  });
});
