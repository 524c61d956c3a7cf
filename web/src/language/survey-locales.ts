// survey-core's own words (Back, Next, "Page 1 of 9", the "required" message) in the languages
// the app offers besides English. Each file registers itself with survey-core's setupLocale when
// imported; Arabic's registration marks it right-to-left, which survey-react-ui turns into
// dir="rtl" on the survey's root element.
import 'survey-core/i18n/welsh';
import 'survey-core/i18n/arabic';
