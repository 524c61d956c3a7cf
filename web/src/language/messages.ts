import type { LanguageCode } from './languages.ts';

/**
 * The respondent app's own words in each language it offers. The questions themselves come
 * translated in the instrument; survey-core's buttons and progress text come from its i18n
 * files (see survey-locales.ts). Welsh and Arabic need checking by a fluent translator before
 * a council uses them with children.
 */
export interface Messages {
  // Language picker and read-aloud choice on the start screen
  languageLegend: string;
  autoRead: string;
  autoReadHint: string;
  // Start screen
  grownUpLead: string;
  grownUpNote: string;
  lead: (councilName: string) => string;
  promiseAnonymous: string;
  promiseAnonymousMore: string;
  promiseSkip: string;
  promiseSkipMore: string;
  promiseNoWrong: string;
  startHelpHeading: string;
  whoIsWithYou: string;
  justMe: string;
  adultHelping: string;
  someoneHelping: string;
  chooseFirst: string;
  notAvailable: string;
  start: string;
  gettingReady: string;
  sendMyAnswers: string;
  /** survey-core's progress bar: "Page 3 of 17" */
  progress: (page: number, pages: number) => string;
  // Help
  helpHeading: string;
  childlineCall: string;
  childlineFree: (careLeaver: boolean) => string;
  childlineWeb: string;
  advocacyService: string;
  trustedAdult: string;
  trustedAdultWho: (careLeaver: boolean) => string;
  helpLine: string;
  helpLineFree: string;
  // Thank you
  thankYouTitle: string;
  thankYouLead: string;
  whatHappensNext: string;
  whatHappensNextText: (councilName: string) => string;
  thankYouHelpHeading: string;
  backToStart: string;
  // Read aloud
  listen: string;
  listenToQuestion: string;
  listenToPart: string;
  listenToAnswer: (answer: string) => string;
  noVoice: (language: LanguageCode) => string;
  /** A language's name in this language ("Welsh", "Cymraeg", ...). */
  languageName: Record<LanguageCode, string>;
  // Sending, and answers waiting on the device
  sendingTitle: string;
  sendingLead: string;
  sendingMoment: string;
  savedTitle: string;
  savedOnDevice: (sharedDevice: boolean) => string;
  noConnectionSaved: (sharedDevice: boolean) => string;
  noConnectionKeepOpen: string;
  waitingToSend: (sharedDevice: boolean, count: number) => string;
  tryNow: string;
  // Start again, under the questions
  startAgain: string;
  startAgainConfirm: string;
  startAgainYes: string;
  startAgainNo: string;
}

const en: Messages = {
  sendingTitle: 'Sending',
  sendingLead: 'Sending your answers…',
  sendingMoment: 'This only takes a moment.',
  savedTitle: 'Saved, not sent yet',
  savedOnDevice: (shared) => `Your answers are saved on this ${shared ? 'tablet' : 'device'}`,
  noConnectionSaved: (shared) =>
    `There's no connection right now, so they haven't been sent yet. They will be sent by themselves as soon as this ${shared ? 'tablet' : 'device'} is back online${shared ? '' : ' — even if you close this page'}.`,
  noConnectionKeepOpen: "No connection yet — we'll keep trying. Please keep this page open.",
  waitingToSend: (shared, count) => `Waiting to be sent from this ${shared ? 'tablet' : 'device'}: ${count === 1 ? '1 finished survey' : `${count} finished surveys`}.`,
  tryNow: 'Try now',
  startAgain: 'Start again',
  startAgainConfirm: 'This clears all your answers on this device, and you start from the first question. Are you sure?',
  startAgainYes: 'Yes, clear my answers',
  startAgainNo: 'No, keep them',
  languageLegend: 'Which language?',
  autoRead: 'Read each question out loud when it appears',
  autoReadHint: 'You can also press Listen next to any question or answer.',
  grownUpLead: 'A grown-up reads this with you.',
  grownUpNote:
    'For the grown-up: read each question out loud, or press Listen, and let the child choose their own answer. A few questions at the end are for you to answer.',
  lead: (council) => `Tell ${council} how life is going for you.`,
  promiseAnonymous: 'Nobody will know these are your answers.',
  promiseAnonymousMore: "You don't give your name.",
  promiseSkip: 'You can skip any question.',
  promiseSkipMore: 'Just leave it and go on.',
  promiseNoWrong: 'There are no right or wrong answers.',
  startHelpHeading: 'If something worries you, you can get help now',
  whoIsWithYou: 'Who is with you?',
  justMe: 'Just me',
  adultHelping: 'An adult is helping me',
  someoneHelping: 'Someone is helping me',
  chooseFirst: 'Choose one first, then press Start.',
  notAvailable: "This survey isn't available right now. Please tell the adult who gave you the link.",
  start: 'Start',
  gettingReady: 'Getting the questions ready…',
  sendMyAnswers: 'Send my answers',
  progress: (page, pages) => `Page ${page} of ${pages}`,
  helpHeading: 'If you want to talk to someone now',
  childlineCall: 'call',
  childlineFree: (careLeaver) => `It's free, any time, day or night${careLeaver ? ', for anyone under 19' : ''}.`,
  childlineWeb: 'Or go to',
  advocacyService: 'Advocacy service',
  trustedAdult: 'An adult you trust',
  trustedAdultWho: (careLeaver) =>
    careLeaver ? 'your personal adviser, or someone you get on with' : 'a carer, teacher or worker you get on with',
  helpLine: 'Need help now? Childline:',
  helpLineFree: '(free, any time).',
  thankYouTitle: 'Thank you',
  thankYouLead: 'Your answers have been saved. Thank you for telling us how things are for you.',
  whatHappensNext: 'What happens next',
  whatHappensNextText: (council) =>
    `${council} reads what children and young people say. They will tell you what they are going to do about it. Nobody will know which answers were yours.`,
  thankYouHelpHeading: 'If anything is worrying you, you can talk to someone now',
  backToStart: 'Back to the start',
  listen: 'Listen',
  listenToQuestion: 'Listen to the question',
  listenToPart: 'Listen to this part',
  listenToAnswer: (answer) => `Listen to the answer: ${answer}`,
  noVoice: (language) => `This device can't read ${en.languageName[language]} aloud. Ask the adult helping you to read it.`,
  languageName: { en: 'English', cy: 'Welsh', ar: 'Arabic' },
};

const cy: Messages = {
  sendingTitle: 'Yn anfon',
  sendingLead: 'Yn anfon dy atebion…',
  sendingMoment: 'Dim ond eiliad fydd hyn.',
  savedTitle: "Wedi'u cadw, heb eu hanfon eto",
  savedOnDevice: (shared) => `Mae dy atebion wedi'u cadw ar ${shared ? 'y llechen hon' : 'y ddyfais hon'}`,
  noConnectionSaved: (shared) =>
    `Does dim cysylltiad ar hyn o bryd, felly dydyn nhw ddim wedi cael eu hanfon eto. Byddan nhw'n cael eu hanfon ar eu pennau eu hunain cyn gynted ag y bydd ${shared ? 'y llechen' : 'y ddyfais'} ar-lein eto${shared ? '' : ", hyd yn oed os byddi di'n cau'r dudalen hon"}.`,
  noConnectionKeepOpen: "Dim cysylltiad eto — byddwn ni'n dal i drio. Cadwa'r dudalen hon ar agor, os gweli di'n dda.",
  waitingToSend: (shared, count) => `Yn aros i gael eu hanfon o'r ${shared ? 'llechen' : 'ddyfais'} hon: ${count} arolwg wedi'i orffen.`,
  tryNow: 'Trio nawr',
  startAgain: 'Dechrau eto',
  startAgainConfirm: "Bydd hyn yn clirio dy holl atebion ar y ddyfais hon, a byddi di'n dechrau o'r cwestiwn cyntaf. Wyt ti'n siŵr?",
  startAgainYes: 'Ydw, clirio fy atebion',
  startAgainNo: "Na, cadw nhw",
  languageLegend: 'Pa iaith?',
  autoRead: "Darllen pob cwestiwn yn uchel pan fydd yn ymddangos",
  autoReadHint: "Gelli di hefyd bwyso Gwrando wrth ymyl unrhyw gwestiwn neu ateb.",
  grownUpLead: "Mae oedolyn yn darllen hwn gyda ti.",
  grownUpNote:
    "I'r oedolyn: darllenwch bob cwestiwn yn uchel, neu pwyswch Gwrando, a gadewch i'r plentyn ddewis ei ateb ei hun. Mae ychydig o gwestiynau ar y diwedd i chi eu hateb.",
  lead: (council) => `Dweda wrth ${council} sut mae bywyd yn mynd i ti.`,
  promiseAnonymous: "Fydd neb yn gwybod mai dy atebion di ydy'r rhain.",
  promiseAnonymousMore: "Dwyt ti ddim yn rhoi dy enw.",
  promiseSkip: "Gelli di hepgor unrhyw gwestiwn.",
  promiseSkipMore: "Gad y cwestiwn a symud ymlaen.",
  promiseNoWrong: "Does dim atebion cywir nac anghywir.",
  startHelpHeading: "Os oes rhywbeth yn dy boeni, gelli di gael help nawr",
  whoIsWithYou: "Pwy sydd gyda ti?",
  justMe: "Dim ond fi",
  adultHelping: "Mae oedolyn yn fy helpu",
  someoneHelping: "Mae rhywun yn fy helpu",
  chooseFirst: "Dewisa un yn gyntaf, yna pwysa Dechrau.",
  notAvailable: "Dydy'r arolwg hwn ddim ar gael ar hyn o bryd. Dweda wrth yr oedolyn a roddodd y ddolen i ti.",
  start: 'Dechrau',
  gettingReady: "Yn paratoi'r cwestiynau…",
  sendMyAnswers: 'Anfon fy atebion',
  progress: (page, pages) => `Tudalen ${page} o ${pages}`,
  helpHeading: "Os wyt ti eisiau siarad â rhywun nawr",
  childlineCall: 'ffonia',
  childlineFree: (careLeaver) =>
    `Mae am ddim, unrhyw bryd, ddydd neu nos${careLeaver ? ', i unrhyw un dan 19 oed' : ''}.`,
  childlineWeb: 'Neu edrych ar',
  advocacyService: 'Gwasanaeth eirioli',
  trustedAdult: "Oedolyn rwyt ti'n ymddiried ynddo",
  trustedAdultWho: (careLeaver) =>
    careLeaver ? "dy gynghorydd personol, neu rywun rwyt ti'n dod ymlaen â nhw" : "gofalwr, athro neu weithiwr rwyt ti'n dod ymlaen â nhw",
  helpLine: 'Angen help nawr? Childline:',
  helpLineFree: '(am ddim, unrhyw bryd).',
  thankYouTitle: 'Diolch',
  thankYouLead: "Mae dy atebion wedi'u cadw. Diolch am ddweud wrthon ni sut mae pethau i ti.",
  whatHappensNext: "Beth sy'n digwydd nesaf",
  whatHappensNextText: (council) =>
    `Mae ${council} yn darllen beth mae plant a phobl ifanc yn ei ddweud. Byddan nhw'n dweud wrthot ti beth maen nhw'n mynd i'w wneud am y peth. Fydd neb yn gwybod pa atebion oedd dy rai di.`,
  thankYouHelpHeading: "Os oes unrhyw beth yn dy boeni, gelli di siarad â rhywun nawr",
  backToStart: "Yn ôl i'r dechrau",
  listen: 'Gwrando',
  listenToQuestion: "Gwrando ar y cwestiwn",
  listenToPart: "Gwrando ar y rhan hon",
  listenToAnswer: (answer) => `Gwrando ar yr ateb: ${answer}`,
  noVoice: (language) =>
    `Dydy'r ddyfais hon ddim yn gallu darllen ${cy.languageName[language]} yn uchel. Gofynna i'r oedolyn sy'n dy helpu i'w ddarllen.`,
  languageName: { en: 'Saesneg', cy: 'Cymraeg', ar: 'Arabeg' },
};

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

const TABLE: Record<LanguageCode, Messages> = { en, cy, ar };

export function messagesFor(language: LanguageCode): Messages {
  return TABLE[language];
}
