import type { LanguageCode } from './languages.ts';

/**
 * The respondent app's own words in each language it offers: English here, each other language
 * in a file of its own (messages-cy.ts, ...) fetched when a child chooses it (language-packs.ts),
 * so a child's first download does not grow with every language a council adds. The questions
 * themselves come translated in the instrument; survey-core's buttons come from its i18n files.
 * Welsh and Arabic need checking by a fluent translator before a council uses them with children.
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
  // A group session's tablet: the hand-back screen, and the "still there?" question when idle
  handBackTitle: string;
  handBackSaved: string;
  handBackQueued: string;
  stillThereTitle: string;
  stillThereText: (secondsLeft: number) => string;
  stillHere: string;
  // Coming back to answers kept on this device
  welcomeBack: string;
  resumeLead: (title: string) => string;
  resumeRefused: string;
  resumeRefusedSaid: string;
  resumeRefusedNext: string;
  carryOn: string;
  resumeNote: (startAgain: string) => string;
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
  handBackTitle: 'Thank you! Please hand the tablet back',
  handBackSaved: 'Your answers have been saved. Nobody will know which answers were yours.',
  handBackQueued:
    'Your answers are saved on this tablet, locked so nobody can read them, and will be sent as soon as the Wi-Fi is back. Nobody will know which answers were yours.',
  stillThereTitle: 'Are you still there?',
  stillThereText: (secondsLeft) =>
    `Tap the button to carry on. If nobody does, the answers on this tablet will be cleared in ${secondsLeft} seconds, so the next person can't see them.`,
  stillHere: "I'm still here",
  welcomeBack: 'Welcome back',
  resumeLead: (title) => `You started “${title}” on this device. Your answers so far are saved here.`,
  resumeRefused: 'Your answers have not been saved by the survey yet.',
  resumeRefusedSaid: 'It said:',
  resumeRefusedNext: 'They are still on this device. Carry on to check them, then send them again.',
  carryOn: 'Carry on where I left off',
  resumeNote: (startAgain) =>
    `Your answers are kept only on this device, and only until they are sent. “${startAgain}” clears them. If other people use this device, you can clear them now.`,
};

const loaded = new Map<LanguageCode, Messages>([['en', en]]);
const listeners = new Set<() => void>();
let version = 0;

/** The app's words in `language`, or in English until that language's words have arrived. */
export function messagesFor(language: LanguageCode): Messages {
  return loaded.get(language) ?? en;
}

/** Whether `language`'s own words are here (always, for English). */
export function hasMessages(language: LanguageCode): boolean {
  return loaded.has(language);
}

/** Called by language-packs.ts with a language's words once they have arrived. */
export function registerMessages(language: LanguageCode, messages: Messages): void {
  if (loaded.get(language) === messages) return;
  loaded.set(language, messages);
  version++;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: screens showing words redraw when a language's words arrive. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function messagesVersion(): number {
  return version;
}
