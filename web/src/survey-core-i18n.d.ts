// survey-core ships no types for its per-language files: each registers its strings with
// survey-core when imported, and exports nothing the app uses.
declare module 'survey-core/i18n/*';
