/**
 * One-time access codes as children type them. A code is 10 characters from an alphabet with no
 * look-alikes (no 0/O, 1/I/L, U/V), printed as `ABCDE-FGHJK`. Children copy it from a card, so
 * case, spaces and dashes do not matter.
 */

/** The characters a code can contain (docs/api-fieldwork.md): A-Z and 2-9 without look-alikes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const CODE_LENGTH = 10;

// Anything a child (or a phone keyboard) may put between the groups: spaces, hyphens, dashes.
const SEPARATORS = /[\s\-‐‑‒–—―_.]/g;

/** The code without separators, in capitals: what is compared and sent. */
export function normaliseCode(typed: string): string {
  return typed.replace(SEPARATORS, '').toUpperCase();
}

/** `ABCDEFGHJK` as printed on the card: `ABCDE-FGHJK`. Anything else is grouped in fives too. */
export function formatCode(code: string): string {
  return groupsOfFive(normaliseCode(code), '-');
}

/** What the child typed, in groups of five so they can compare it with their card. */
export function groupsOfFive(text: string, separator = ' '): string {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += 5) groups.push(text.slice(i, i + 5));
  return groups.join(separator);
}

export type CodeShape =
  | { kind: 'ok'; code: string }
  | { kind: 'empty' }
  | { kind: 'wrong_length'; length: number }
  /** Characters a code never has (usually O for 0, I or L for 1): worth a look at the card. */
  | { kind: 'not_in_alphabet'; characters: string[] };

/**
 * Checks what was typed before asking the server, so an obvious slip does not use up one of the
 * few tries the server allows. The server still decides whether the code exists.
 */
export function checkCodeShape(typed: string): CodeShape {
  const code = normaliseCode(typed);
  if (code === '') return { kind: 'empty' };
  const strange = [...new Set([...code].filter((c) => !CODE_ALPHABET.includes(c)))];
  if (strange.length > 0) return { kind: 'not_in_alphabet', characters: strange };
  if (code.length !== CODE_LENGTH) return { kind: 'wrong_length', length: code.length };
  return { kind: 'ok', code: formatCode(code) };
}
