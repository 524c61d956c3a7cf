/**
 * The words of a survey string as they should be spoken: markup removed, the breaks between
 * paragraphs and list items kept as sentence ends, and the few character references SurveyJS
 * strings use decoded. Runs without a DOM so it can be tested on its own.
 */
export function spokenText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h[1-6]|div|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => decodeReference(ref) ?? whole);
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  // A paragraph without a full stop still ends a sentence when spoken.
  return lines.map((line, i) => (i < lines.length - 1 && !/[.!?؟:…]$/.test(line) ? `${line}.` : line)).join(' ');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ndash: '–', mdash: '—', hellip: '…' };

function decodeReference(ref: string): string | null {
  if (ref[0] === '#') {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED[ref.toLowerCase()] ?? null;
}

/**
 * Long text cut into pieces of whole sentences of at most `max` characters: some speech engines
 * stop part-way through a long utterance, and shorter pieces can be stopped sooner.
 */
export function speechChunks(text: string, max = 220): string[] {
  const sentences = text.match(/[^.!?؟]+[.!?؟]+["'’”)]*\s*|[^.!?؟]+$/g) ?? [text];
  const chunks: string[] = [];
  let current = '';
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    if (current && current.length + 1 + sentence.length > max) {
      chunks.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
