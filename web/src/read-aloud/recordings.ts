import manifest from '../../../surveys/audio/manifest.json';
import { isLanguageCode, type LanguageCode } from '../language/languages.ts';

/** One recorded question (or answer) of an instrument in one language. */
export interface Recording {
  instrument: string;
  language: LanguageCode;
  question: string;
  /** an answer's value, when the recording is of that answer rather than of the question */
  choice?: string;
  /** path under the site root, e.g. "audio/children-4-7/en/feel_safe.wav" */
  file: string;
}

/** The manifest's entries that have the fields a recording needs; anything else is ignored. */
export function readManifest(raw: unknown): Recording[] {
  const list = raw && typeof raw === 'object' ? (raw as { recordings?: unknown }).recordings : undefined;
  if (!Array.isArray(list)) return [];
  const recordings: Recording[] = [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const { instrument, language, question, choice, file } = entry as Record<string, unknown>;
    if (typeof instrument !== 'string' || !isLanguageCode(language) || typeof question !== 'string' || typeof file !== 'string') continue;
    // Only files of our own site: the manifest must not be able to point a child's device elsewhere.
    if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(file) || file.includes('..')) continue;
    recordings.push({ instrument, language, question, ...(typeof choice === 'string' ? { choice } : {}), file });
  }
  return recordings;
}

export const RECORDINGS: readonly Recording[] = readManifest(manifest);

/** The address of the recording of a question (or of one of its answers), or null if there is none. */
export function recordingFor(
  recordings: readonly Recording[],
  where: { instrument: string; language: LanguageCode; question: string; choice?: string },
): string | null {
  const found = recordings.find(
    (r) => r.instrument === where.instrument && r.language === where.language && r.question === where.question && r.choice === where.choice,
  );
  return found ? `/${found.file}` : null;
}
