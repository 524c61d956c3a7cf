import type { Messages } from './messages.ts';

// The respondent app's words in Welsh: a chunk of its own, fetched when a child chooses Welsh
// (see language-packs.ts). A machine-made draft until a fluent translator has checked it.
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
  handBackTitle: "Diolch! Rho'r llechen yn ôl, os gweli di'n dda",
  handBackSaved: "Mae dy atebion wedi'u cadw. Fydd neb yn gwybod pa atebion oedd dy rai di.",
  handBackQueued:
    "Mae dy atebion wedi'u cadw ar y llechen hon, wedi'u cloi fel na all neb eu darllen, a byddan nhw'n cael eu hanfon cyn gynted ag y bydd y Wi-Fi yn ôl. Fydd neb yn gwybod pa atebion oedd dy rai di.",
  stillThereTitle: "Wyt ti'n dal yna?",
  stillThereText: (secondsLeft) =>
    `Tapia'r botwm i barhau. Os na fydd neb yn gwneud, bydd yr atebion ar y llechen hon yn cael eu clirio mewn ${secondsLeft} eiliad, fel na all y person nesaf eu gweld.`,
  stillHere: "Dw i'n dal yma",
  welcomeBack: 'Croeso nôl',
  resumeLead: (title) => `Dechreuaist ti “${title}” ar y ddyfais hon. Mae dy atebion hyd yn hyn wedi'u cadw yma.`,
  resumeRefused: "Dydy'r arolwg ddim wedi cadw dy atebion eto.",
  resumeRefusedSaid: 'Dywedodd:',
  resumeRefusedNext: "Maen nhw'n dal ar y ddyfais hon. Dal ati i'w gwirio, yna anfon nhw eto.",
  carryOn: "Dal ati o'r man lle gadewais i",
  resumeNote: (startAgain) =>
    `Mae dy atebion yn cael eu cadw ar y ddyfais hon yn unig, a dim ond nes eu bod wedi'u hanfon. Mae “${startAgain}” yn eu clirio. Os oes pobl eraill yn defnyddio'r ddyfais hon, gelli di eu clirio nawr.`,
};

export default cy;
