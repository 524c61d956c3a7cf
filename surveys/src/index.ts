export * from './types.ts';
export * from './catalogue.ts';
export * from './item-bank.ts';
export * from './checker/index.ts';
export * from './reference-values.ts';
export * from './child-wording.ts';
export * from './translations.ts';
export * from './survey-links.ts';
