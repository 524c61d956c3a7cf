/**
 * The council a platform admin is looking at, kept while they move between pages (memory only).
 * Text, as a <select> holds it; '' means every council.
 */
let chosen = '';

export function chosenCouncil(): string {
  return chosen;
}

export function chooseCouncil(id: string): void {
  chosen = id;
}
