/**
 * Text entered by council staff (the advocacy service's details) is put into survey wording
 * through a SurveyJS variable. SurveyJS inserts variables into `html` elements without
 * escaping, so angle brackets are removed: they never belong in a name or phone number, and
 * without them the text cannot become markup on a child's device.
 */
export function withoutMarkup(text: string): string {
  return text.replace(/[<>]/g, '').trim();
}
