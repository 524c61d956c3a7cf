import type { Messages } from './messages.ts';

// The respondent app's words in Arabic: a chunk of its own, fetched when a child chooses Arabic
// (see language-packs.ts). A machine-made draft until a fluent translator has checked it.
const ar: Messages = {
  sendingTitle: 'جارٍ الإرسال',
  sendingLead: 'جارٍ إرسال إجاباتك…',
  sendingMoment: 'سيستغرق هذا لحظة فقط.',
  savedTitle: 'تم الحفظ، ولم يتم الإرسال بعد',
  savedOnDevice: (shared) => (shared ? 'إجاباتك محفوظة على هذا الجهاز اللوحي' : 'إجاباتك محفوظة على هذا الجهاز'),
  noConnectionSaved: (shared) =>
    `لا يوجد اتصال الآن، لذلك لم يتم إرسالها بعد. سيتم إرسالها تلقائيًا عندما يتصل ${shared ? 'الجهاز اللوحي' : 'الجهاز'} بالإنترنت مرة أخرى${shared ? '' : '، حتى لو أغلقت هذه الصفحة'}.`,
  noConnectionKeepOpen: 'لا يوجد اتصال بعد — سنواصل المحاولة. من فضلك أبقِ هذه الصفحة مفتوحة.',
  waitingToSend: (shared, count) => `في انتظار الإرسال من هذا ${shared ? 'الجهاز اللوحي' : 'الجهاز'} — عدد الاستبيانات المكتملة: ${count}.`,
  tryNow: 'حاول الآن',
  startAgain: 'ابدأ من جديد',
  startAgainConfirm: 'سيؤدي هذا إلى مسح جميع إجاباتك على هذا الجهاز، وستبدأ من السؤال الأول. هل أنت متأكد؟',
  startAgainYes: 'نعم، امسح إجاباتي',
  startAgainNo: 'لا، احتفظ بها',
  languageLegend: 'أي لغة؟',
  autoRead: 'اقرأ كل سؤال بصوت عالٍ عندما يظهر',
  autoReadHint: 'يمكنك أيضًا الضغط على زر «استمع» بجانب أي سؤال أو إجابة.',
  grownUpLead: 'يقرأ شخص بالغ هذا معك.',
  grownUpNote:
    'للشخص البالغ: اقرأ كل سؤال بصوت عالٍ، أو اضغط «استمع»، ودع الطفل يختار إجابته بنفسه. هناك بعض الأسئلة في النهاية لتجيب عنها أنت.',
  lead: (council) => `أخبر ${council} كيف تسير حياتك.`,
  promiseAnonymous: 'لن يعرف أحد أن هذه إجاباتك.',
  promiseAnonymousMore: 'لا تكتب اسمك.',
  promiseSkip: 'يمكنك تخطي أي سؤال.',
  promiseSkipMore: 'اتركه وتابع.',
  promiseNoWrong: 'لا توجد إجابات صحيحة أو خاطئة.',
  startHelpHeading: 'إذا كان هناك شيء يقلقك، يمكنك الحصول على المساعدة الآن',
  whoIsWithYou: 'من معك؟',
  justMe: 'أنا وحدي',
  adultHelping: 'شخص بالغ يساعدني',
  someoneHelping: 'شخص ما يساعدني',
  chooseFirst: 'اختر واحدًا أولًا، ثم اضغط «ابدأ».',
  notAvailable: 'هذا الاستبيان غير متاح الآن. من فضلك أخبر الشخص البالغ الذي أعطاك الرابط.',
  start: 'ابدأ',
  gettingReady: 'نجهّز الأسئلة…',
  sendMyAnswers: 'أرسل إجاباتي',
  progress: (page, pages) => `الصفحة ${page} من ${pages}`,
  helpHeading: 'إذا أردت التحدث إلى أحد الآن',
  childlineCall: 'اتصل على',
  childlineFree: (careLeaver) => `الاتصال مجاني، في أي وقت، ليلًا أو نهارًا${careLeaver ? '، لكل من هم دون 19 عامًا' : ''}.`,
  childlineWeb: 'أو زر الموقع',
  advocacyService: 'خدمة المناصرة',
  trustedAdult: 'شخص بالغ تثق به',
  trustedAdultWho: (careLeaver) =>
    careLeaver ? 'مستشارك الشخصي، أو شخص تتفاهم معه' : 'مقدّم رعاية أو معلّم أو موظف تتفاهم معه',
  helpLine: 'تحتاج مساعدة الآن؟ Childline:',
  helpLineFree: '(مجاني، في أي وقت).',
  thankYouTitle: 'شكرًا لك',
  thankYouLead: 'تم حفظ إجاباتك. شكرًا لأنك أخبرتنا كيف تسير الأمور معك.',
  whatHappensNext: 'ماذا يحدث بعد ذلك',
  whatHappensNextText: (council) =>
    `يقرأ ${council} ما يقوله الأطفال والشباب، وسيخبرونك بما سيفعلونه بشأنه. لن يعرف أحد أي الإجابات كانت إجاباتك.`,
  thankYouHelpHeading: 'إذا كان هناك ما يقلقك، يمكنك التحدث إلى أحد الآن',
  backToStart: 'العودة إلى البداية',
  listen: 'استمع',
  listenToQuestion: 'استمع إلى السؤال',
  listenToPart: 'استمع إلى هذا الجزء',
  listenToAnswer: (answer) => `استمع إلى الإجابة: ${answer}`,
  noVoice: (language) =>
    `لا يستطيع هذا الجهاز قراءة ${ar.languageName[language]} بصوت عالٍ. اطلب من الشخص البالغ الذي يساعدك أن يقرأها لك.`,
  languageName: { en: 'الإنجليزية', cy: 'الويلزية', ar: 'العربية' },
};

export default ar;
