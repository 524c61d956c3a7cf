import wording from '../items/child-wording.json';

const PHRASES: Readonly<Record<string, string>> = (wording as { phrases: Record<string, string> }).phrases;

/**
 * Simple words for an item's positive end, finishing "N out of 10 children and young people ...",
 * for the child-friendly results page; undefined for an item without a phrase.
 */
export function childPhrase(itemId: string): string | undefined {
  return Object.hasOwn(PHRASES, itemId) ? PHRASES[itemId] : undefined;
}

/** Every item with a child-friendly phrase. */
export function childPhraseItemIds(): string[] {
  return Object.keys(PHRASES);
}
