/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

function normalise(tag: string): string {
  // Android reports "en_GB"; BCP 47 says "en-GB".
  return tag.replace(/_/g, '-').toLowerCase();
}

/**
 * The best voice on this device for a language (`wanted` is a BCP 47 tag such as "cy-GB" or
 * "ar"), or null when the device has none: a voice for another language would read the words
 * wrongly, so the caller says so instead. Only voices that run on the device count: some
 * browsers also list voices that send the text to an online speech service, and nothing on
 * these pages goes anywhere but our own server. Prefers the exact region, then the default.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], wanted: string): V | null {
  const target = normalise(wanted);
  const primary = target.split('-')[0];
  const sameLanguage = voices.filter((v) => v.localService && normalise(v.lang).split('-')[0] === primary);
  if (sameLanguage.length === 0) return null;
  const score = (v: V) => (normalise(v.lang) === target ? 2 : 0) + (v.default ? 1 : 0);
  return [...sameLanguage].sort((a, b) => score(b) - score(a))[0] ?? null;
}
