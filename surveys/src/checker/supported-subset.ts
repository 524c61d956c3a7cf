import { Serializer } from 'survey-core';
import type { SurveyDefinition } from '../types.ts';
import { isPlainObject } from './problems.ts';

/**
 * The part of SurveyJS the answer checker understands. Anything else is refused when the checker
 * is compiled: a feature we do not model (an "other" text box, a matrix, a trigger that sets a
 * value...) would otherwise let answers through unchecked, or refuse good ones.
 *
 * This is an allow-list on purpose. A new SurveyJS property is unsupported until someone has
 * decided how it affects the answers a client may send, and added it here with a reason.
 */

/** Thrown when an instrument uses something outside the supported subset. */
export class UnsupportedDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedDefinitionError';
  }
}

/** Question types the checker models. html is content, not a question, but may appear. */
export const SUPPORTED_QUESTION_TYPES = [
  'radiogroup',
  'checkbox',
  'imagepicker',
  'rating',
  'dropdown',
  'comment',
  'text',
  'boolean',
] as const;

// Layout and wording only: they change how a question looks, never which answers it accepts.
const PRESENTATION = [
  'name', 'title', 'description', 'titleLocation', 'descriptionLocation', 'showTitle', 'showNumber', 'hideNumber',
  'state', 'width', 'minWidth', 'maxWidth', 'colSpan', 'effectiveColSpan', 'startWithNewLine', 'indent',
  'errorLocation', 'requiredErrorText', 'useDisplayValuesInDynamicTexts',
];
// Modelled by the checker: visibility and requiredness.
const LOGIC = ['visible', 'visibleIf', 'isRequired', 'requiredIf', 'clearIfInvisible'];
const CHOICES = ['choices', 'choicesOrder', 'colCount', 'separateSpecialChoices', 'itemComponent'];

const QUESTION_PROPERTIES: Record<string, readonly string[]> = {
  radiogroup: [...PRESENTATION, ...LOGIC, ...CHOICES, 'allowClear'],
  checkbox: [...PRESENTATION, ...LOGIC, ...CHOICES, 'maxSelectedChoices'],
  dropdown: [...PRESENTATION, ...LOGIC, ...CHOICES, 'placeholder', 'allowClear', 'searchEnabled', 'searchMode', 'textWrapEnabled', 'autocomplete'],
  imagepicker: [
    ...PRESENTATION, ...LOGIC, ...CHOICES, 'multiSelect', 'contentMode', 'imageFit', 'imageHeight', 'imageWidth',
    'minImageWidth', 'minImageHeight', 'maxImageWidth', 'maxImageHeight', 'showLabel',
  ],
  rating: [
    ...PRESENTATION, ...LOGIC, 'rateType', 'scaleColorMode', 'rateColorMode', 'autoGenerate', 'rateCount', 'rateValues',
    'rateMin', 'rateMax', 'rateStep', 'minRateDescription', 'maxRateDescription', 'displayRateDescriptionsAsExtremeItems',
    'rateDescriptionLocation', 'displayMode', 'itemComponent',
  ],
  comment: [...PRESENTATION, ...LOGIC, 'maxLength', 'cols', 'rows', 'placeholder', 'textUpdateMode', 'autoGrow', 'allowResize', 'acceptCarriageReturn'],
  text: [...PRESENTATION, ...LOGIC, 'inputType', 'maxLength', 'placeholder', 'inputSize', 'textUpdateMode', 'autocomplete', 'inputTextAlignment'],
  boolean: [...PRESENTATION, ...LOGIC, 'label', 'labelTrue', 'labelFalse', 'valueTrue', 'valueFalse', 'swapOrder', 'displayMode', 'useTitleAsLabel', 'renderAs'],
  // html carries no answer; it may still be shown or hidden.
  html: [...PRESENTATION, 'visible', 'visibleIf', 'html'],
};

const CONTAINER = [
  'name', 'elements', 'visible', 'visibleIf', 'title', 'description', 'questionTitleWidth', 'questionTitleLocation',
  'gridLayoutColumns', 'questionOrder', 'questionErrorLocation', 'state', 'startWithNewLine', 'width', 'minWidth',
  'maxWidth', 'innerIndent', 'indent', 'showNumber', 'showQuestionNumbers', 'questionStartIndex',
];
const PANEL_PROPERTIES = [...CONTAINER, 'colSpan', 'effectiveColSpan'];
const PAGE_PROPERTIES = [...CONTAINER, 'navigationTitle', 'navigationDescription', 'showNavigationButtons'];

// Survey-wide settings that change presentation or navigation, not which answers are valid.
const SURVEY_PROPERTIES = [
  'locale', 'title', 'description', 'logo', 'logoWidth', 'logoHeight', 'logoFit', 'logoPosition', 'autoFocusFirstQuestion',
  'autoFocusFirstError', 'completedHtml', 'completedBeforeHtml', 'loadingHtml', 'pages', 'elements', 'sjsVersion', '$schema',
  'showNavigationButtons', 'navigationButtonsLocation', 'showPrevButton', 'showTitle', 'showPageTitles', 'showCompletePage',
  'questionOrder', 'showPageNumbers', 'showQuestionNumbers', 'questionTitleLocation', 'questionDescriptionLocation',
  'questionErrorLocation', 'showProgressBar', 'progressBarLocation', 'progressBarType', 'progressBarShowNavigationText',
  'progressBarShowPageNumbers', 'progressBarNavigationTextLocation', 'progressBarInheritWidthFrom', 'showTOC', 'tocLocation',
  'maxTextLength', 'maxCommentLength', 'autoAdvanceEnabled', 'autoAdvanceAllowComplete', 'clearInvisibleValues',
  'checkErrorsMode', 'validateVisitedEmptyFields', 'textUpdateMode', 'autoGrowComment', 'allowResizeComment',
  'commentAreaRows', 'startSurveyText', 'pagePrevText', 'pageNextText', 'completeText', 'previewText', 'editText',
  'requiredMark', 'questionStartIndex', 'questionTitlePattern', 'showPreviewBeforeComplete', 'previewMode', 'widthMode',
  'width', 'fitToContainer', 'headerView', 'backgroundImage', 'backgroundImageFit', 'backgroundImageAttachment',
  'backgroundOpacity', 'showBrandInfo', 'gridLayoutEnabled', 'cookieName',
];

/**
 * Allowed properties whose value matters. The checker relies on hidden answers being cleared
 * (so a submitted hidden answer is a fault) and on text being plain text.
 */
const RESTRICTED_VALUES: Record<string, readonly unknown[]> = {
  clearInvisibleValues: ['onComplete', 'onHidden', 'onHiddenContainer'],
  clearIfInvisible: ['default', 'onComplete', 'onHidden', 'onHiddenContainer'],
  inputType: ['text'],
  multiSelect: [false],
};

const ITEM_KEYS = ['value', 'text'];
const IMAGE_ITEM_KEYS = ['value', 'text', 'imageLink'];

function fail(where: string, why: string): never {
  throw new UnsupportedDefinitionError(`${where} ${why}; the answer checker cannot check it, so this instrument cannot be used as it is.`);
}

/**
 * A property the checker does not model is still harmless when it is set to its "off" value
 * (`"readOnly": false`, `"validators": []`), as editors often write those out.
 */
function isOffValue(className: string, key: string, value: unknown): boolean {
  if (value === false || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return true;
  const prop = Serializer.findProperty(className, key);
  return prop !== null && prop !== undefined && prop.defaultValue !== undefined && value === prop.defaultValue;
}

function checkProperties(className: string, json: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const [key, value] of Object.entries(json)) {
    if (key === 'type') continue;
    // Canonical names, so old aliases (hasOther for showOtherItem...) are judged like the new ones.
    const prop = Serializer.findProperty(className, key);
    const name = prop ? prop.name : key;
    if (!allowed.includes(name)) {
      if (prop && isOffValue(className, key, value)) continue;
      fail(where, `uses "${key}"`);
    }
    const only = RESTRICTED_VALUES[name];
    if (only && value !== undefined && !only.includes(value)) fail(where, `sets "${key}" to ${JSON.stringify(value)}`);
  }
}

function checkItems(items: unknown, where: string, keys: readonly string[], property: string): void {
  if (!Array.isArray(items)) fail(where, `has "${property}" that is not a list`);
  items.forEach((item, i) => {
    const itemWhere = `${where}, ${property}[${i}]`;
    if (typeof item === 'string' || typeof item === 'number') return;
    if (!isPlainObject(item)) fail(itemWhere, 'is neither a value nor an object with a value');
    for (const key of Object.keys(item)) if (!keys.includes(key)) fail(itemWhere, `uses "${key}"`);
    if (typeof item.value !== 'string' && typeof item.value !== 'number') fail(itemWhere, 'has a value that is neither text nor a number');
  });
}

function elementWhere(json: Record<string, unknown>, index: number, parentWhere: string): string {
  const type = typeof json.type === 'string' ? json.type : '?';
  return typeof json.name === 'string' && json.name !== ''
    ? `Element "${json.name}" (${type})`
    : `Element ${index + 1} (${type}) of ${parentWhere}`;
}

function checkElements(elements: unknown, parentWhere: string): void {
  if (elements === undefined) return;
  if (!Array.isArray(elements)) fail(parentWhere, 'has "elements" that is not a list');
  elements.forEach((el, i) => {
    if (!isPlainObject(el)) fail(`Element ${i + 1} of ${parentWhere}`, 'is not an object');
    const where = elementWhere(el, i, parentWhere);
    const type = el.type;
    if (type === 'panel') {
      checkProperties('panel', el, PANEL_PROPERTIES, where);
      checkElements(el.elements, where);
      return;
    }
    const allowed = typeof type === 'string' ? QUESTION_PROPERTIES[type] : undefined;
    if (!allowed) fail(where, `is of type ${JSON.stringify(type)}, which is not one of ${[...SUPPORTED_QUESTION_TYPES, 'html', 'panel'].join(', ')}`);
    checkProperties(type as string, el, allowed, where);
    if (type === 'radiogroup' || type === 'checkbox' || type === 'dropdown' || type === 'imagepicker') {
      checkItems(el.choices, where, type === 'imagepicker' ? IMAGE_ITEM_KEYS : ITEM_KEYS, 'choices');
      if ((el.choices as unknown[]).length === 0) fail(where, 'offers no choices');
    }
    if (type === 'rating' && el.rateValues !== undefined) checkItems(el.rateValues, where, ITEM_KEYS, 'rateValues');
  });
}

/**
 * Throws an {@link UnsupportedDefinitionError} naming the first element (question, panel, page or
 * the survey itself) that uses a SurveyJS feature outside the checker's subset. The raw JSON is
 * walked rather than the loaded model because survey-core silently fills in defaults and drops
 * what it does not know; the JSON says what the author asked for.
 */
export function assertSupportedDefinition(definition: SurveyDefinition): void {
  if (!isPlainObject(definition)) fail('The survey definition', 'is not a JSON object');
  checkProperties('survey', definition, SURVEY_PROPERTIES, 'The survey');
  if (definition.pages !== undefined && definition.elements !== undefined) fail('The survey', 'has both "pages" and "elements"');
  checkElements(definition.elements, 'the survey');
  if (definition.pages === undefined) return;
  if (!Array.isArray(definition.pages)) fail('The survey', 'has "pages" that is not a list');
  definition.pages.forEach((page, i) => {
    if (!isPlainObject(page)) fail(`Page ${i + 1}`, 'is not an object');
    const where = typeof page.name === 'string' && page.name !== '' ? `Page "${page.name}"` : `Page ${i + 1}`;
    checkProperties('page', page, PAGE_PROPERTIES, where);
    checkElements(page.elements, where);
  });
}
