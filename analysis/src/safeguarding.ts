/**
 * Flags comments that suggest a child may be at risk, so that the survey lead sees them first
 * and follows the council's safeguarding steps. It reads the raw comment (before redaction),
 * because masking can hide who a worrying comment is about.
 *
 * It is a net, not a judge: it errs towards flagging, and a person reads every flagged comment.
 * A missed disclosure costs far more than a comment read needlessly, so phrases that are
 * sometimes harmless ("my mum will kill me if I'm late", "the dog ran away") are still flagged.
 * The one thing it does undo is plain negation of the phrase itself: "nobody hurts me" and
 * "I have never self harmed" are not flagged, while "I don't feel safe" is.
 */

/** Why a comment was flagged, in words for the review screen. */
export interface SafeguardingSignals {
  /** true when at least one reason was found */
  flagged: boolean;
  /** human-readable categories, each at most once, in the order of `SAFEGUARDING_REASONS` */
  reasons: string[];
}

/** The categories a comment can be flagged for, in the order they are reported. */
export const SAFEGUARDING_REASONS = [
  'harm from someone',
  'sexual harm or abuse',
  'self-harm or suicide',
  'feeling unsafe or afraid',
  'going missing, running away or homeless',
  'exploitation',
  'neglect',
  'bullying or threats',
] as const;

type Reason = (typeof SAFEGUARDING_REASONS)[number];

/**
 * `risk`: the phrase itself is the worry, unless negated ("nobody hits me").
 * `safety`: a phrase about being safe, a worry only when negated or weakened ("I don't feel safe").
 */
interface Signal {
  reason: Reason;
  kind: 'risk' | 'safety';
  pattern: RegExp;
}

// Pieces shared by several patterns. The text is lower-cased and has apostrophes removed
// first, so "don't" is "dont" and "I'm" is "im" here.
const MYSELF = String.raw`(?:my ?self|myslef|meself|mysef)`;
const PERSON_OBJECT = String.raw`(?:me|us|him|her|them|my (?:little |baby |big |younger |older )?(?:brother|sister|brothers|sisters|siblings?|mum|mam|mom|dad|nan|gran|baby))`;
const HOME_PLACE = String.raw`(?:home|back|there|at home|in (?:the|my) (?:house|home|room|bedroom|placement|flat))`;
const WANT = String.raw`(?:want(?:s|ed)? (?:to|too|2)|wanna|wana|going to|gonna|gna|try(?:ing)? to|tried to)`;

function re(source: string): RegExp {
  return new RegExp(String.raw`\b(?:${source})\b`, 'g');
}

const SIGNALS: readonly Signal[] = [
  // Harm from someone
  {
    reason: 'harm from someone',
    kind: 'risk',
    pattern: re(
      String.raw`(?:hit|hits|hitting|hitted|smack(?:s|ed|ing)?|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|beat|beats|beating|batter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|burn(?:s|t|ed|ing)?|whip(?:s|ped|ping)?|belt(?:s|ed)?) ${PERSON_OBJECT}(?! up\b| at\b| out\b| to (?:do|be|try|work|achieve|get|go|keep|study|revise)\b)`,
    ),
  },
  { reason: 'harm from someone', kind: 'risk', pattern: re(String.raw`(?<!\b(?:it|that|this|which|what) )(?:hurt|hurts|hurting) (?:me|us)(?! feelings)`) },
  {
    reason: 'harm from someone',
    kind: 'risk',
    pattern: re(
      String.raw`(?:got|get|gets|getting|been|was|were|be|being) (?:hit|smacked|slapped|punched|kicked|beaten|beat up|battered|strangled|choked|abused|attacked|assaulted|stabbed|burn(?:ed|t))(?! (?:out|off)\b)`,
    ),
  },
  {
    reason: 'harm from someone',
    kind: 'risk',
    pattern: re(
      String.raw`abus(?:e|es|ed|ing|ive)|violen(?:t|ce)|assault(?:s|ed)?|beat(?:s|en)? (?:me |us )?up|bruis(?:e|es|ed|ing)|black eye|thr(?:ew|ows?) (?:things|stuff|\w+) at (?:me|us)|(?:make|makes|made|making) me do (?:stuff|things) (?:i|that i) (?:dont|didnt|do not|did not) want`,
    ),
  },

  // Sexual harm
  {
    reason: 'sexual harm or abuse',
    kind: 'risk',
    pattern: re(
      String.raw`touch(?:es|ed|ing)? (?:me|my (?:body|privates?|private parts|bum|chest|boobs|willy|fanny))|privates|private parts|inappropriate(?:ly)?|sexual(?:ly)?|sex with|rap(?:e|es|ed|ing|ist)|molest\w*|groom(?:s|ed|ing)|nudes?|naked|porn\w*|pervert|perv|paedo\w*|pedo\w*|(?:send|sends|sent|sending|ask(?:s|ed)? for|asking for|wants?) (?:me )?(?:to send )?(?:pics|pictures|photos|videos) of me|(?:ask(?:s|ed|ing)?|keeps? asking|want(?:s|ed)?|make(?:s)?|made|tell(?:s)?|told|beg(?:s|ged|ging)?|pressur\w*) (?:me )?(?:to )?send (?:him |her |them )?(?:pics|pictures|photos|videos|vids|snaps|selfies)`,
    ),
  },

  // Self-harm and suicide
  {
    reason: 'self-harm or suicide',
    kind: 'risk',
    pattern: re(
      String.raw`(?:kill(?:ing)?|cut(?:s|ting)?|harm(?:s|ing)?|hurt(?:s|ing)?|burn(?:s|ing)?|starv(?:e|es|ing)|hang(?:s|ing)?|punch(?:es|ing)?) ${MYSELF}|kms|suicid\w*|self ?harm\w*|overdos\w*`,
    ),
  },
  {
    reason: 'self-harm or suicide',
    kind: 'risk',
    pattern: re(
      String.raw`${WANT} (?:die|be dead|end it|end it all|end my life|disappear forever)|end it all|end my life|take my (?:own )?life|wish (?:i|id) (?:was|were|could be) dead|wish (?:i|id) (?:wasnt|was not|werent|had never been|was never) (?:alive|born|here)|better off dead|better off without me|(?:no ?one|nobody|no body) (?:would|will|wud) (?:care|miss me|notice|even notice) if (?:i|im) (?:died|was dead|was gone|wasnt here|disappeared|wasnt around)|(?:rather|rather be) (?:die|dead)|(?:dont|do not|dont even) want to (?:live|be alive|be here|exist|wake up)|no (?:point|reason) (?:in )?(?:living|being alive|to live|being here|in life)|not worth living|cant (?:go on|take it anymore|take it any more|do this anymore|cope anymore|cope any more)|(?:jump|jumping) (?:off|in front of) (?:a |the )?(?:bridge|building|train|roof|car)`,
    ),
  },

  // Feeling unsafe or afraid
  {
    reason: 'feeling unsafe or afraid',
    kind: 'risk',
    pattern: re(
      String.raw`(?:not|isnt|arent|wasnt|never|aint) (?:always |really |very )?safe|unsafe|in danger|(?:knows?|found out|find out) where (?:i live|i sleep|i go to school|my (?:school|house|home|placement|flat|room) is)|(?:not sure|dont know|unsure|dont think)(?: if| whether)? (?:i|im|i am) (?:feel |am )?safe`,
    ),
  },
  {
    reason: 'feeling unsafe or afraid',
    kind: 'risk',
    pattern: re(
      String.raw`(?:scared|afraid|frightened|terrified|petrified|fear) (?:of|for) (?:him|her|them|he|she|my (?:carers?|foster \w+|mum|mam|mom|dad|step ?\w+|brothers?|sisters?|uncle|aunt\w*|nan|grandad|social worker|sw|key ?worker|boyfriend|girlfriend|partner)|the (?:staff|carers?|other (?:kids|boys|girls|young people|lads)|boys|lads|men|people)|some(?:one|body| people| boys| lads| men)|people|boys|lads|men|(?:going|coming|being) (?:home|back)|home|being (?:hurt|hit|touched|left alone)|getting (?:hurt|hit|beaten|jumped)|what (?:he|she|they)|my life|my safety)`,
    ),
  },
  {
    reason: 'feeling unsafe or afraid',
    kind: 'risk',
    pattern: re(
      String.raw`(?:scared|afraid|frightened|terrified|petrified) (?:to (?:go|come|be|stay|sleep|live) ${HOME_PLACE}|to (?:tell|say|speak)|(?:at|in) (?:home|my (?:house|home|placement|room|flat))|all the time|every day|every night|to sleep|when (?:he|she|they|my \w+) (?:comes?|drinks?|gets? (?:angry|drunk|mad)))|too (?:scared|afraid|frightened) to`,
    ),
  },
  {
    reason: 'feeling unsafe or afraid',
    kind: 'safety',
    pattern: re(
      String.raw`(?:feel|feels|feeling|felt) (?:safe|secure)|(?:am|im|is|are|was|were|be|being) (?:safe|secure)|keeps? (?:me|us) safe|safe (?:at home|here|where i live|in my (?:home|house|placement|room))`,
    ),
  },

  // Going missing, running away, homelessness
  {
    reason: 'going missing, running away or homeless',
    kind: 'risk',
    pattern: re(
      String.raw`(?:run|runs|ran|running) (?:away|off)|runaway|(?:go|goes|went|gone|going|been|reported|was|were|get|got) missing|(?:sleep|sleeps|sleeping|slept) (?:rough|on the streets?|outside|in (?:a|the) park|on a bench|in a car)|homeless\w*|nowhere (?:else )?(?:to )?(?:go|live|sleep|stay)|(?:kick|kicks|kicked|chuck|chucks|chucked|throw|throws|threw|thrown) (?:me |us )?out(?! of (?:school|class|college|lessons?|the club|the game|the team))|(?:stay|stays|stayed|staying) out (?:all night|overnight)|sofa surf\w*`,
    ),
  },

  // Exploitation
  {
    reason: 'exploitation',
    kind: 'risk',
    pattern: re(
      String.raw`county lines?|trap ?house|cuckoo\w*|gangs?|going country|went country|(?:sell|sells|selling|sold|deal|deals|dealing|dealt|run|runs|running|carry|carries|carrying|carried|hold|holding|held|move|moving|moved|hide|hiding|hid|deliver\w*) (?:drugs|weed|packages?|parcels?|(?:a )?bags? for|stuff for|(?:a )?knife|knives|(?:a )?gun|guns)|(?:made|make|makes|making|forced?|forces|forcing) (?:me |us )?(?:to )?(?:carry|sell|deal|hold|move|run|hide|deliver|drop off|steal)`,
    ),
  },
  {
    reason: 'exploitation',
    kind: 'risk',
    pattern: re(
      String.raw`older (?:boyfriend|girlfriend|man|men|lads?|boys|guys?|friends?|people)|(?:gives|gave|give|giving|buys|bought|buy) me (?:drugs|weed|alcohol|booze|vapes?|cigarettes|fags)|owe (?:them|him|her|people|someone) (?:money|a lot)|in debt to|sugar daddy|party (?:house|flat)s?|(?:met|meet|meeting|talking to|talk to|chatting to) (?:a |an |some |this )?(?:man|men|guy|older \w+|someone|stranger|people|boys|lads) (?:online|on the internet|off the internet|on (?:snap\w*|insta\w*|tiktok|discord|whatsapp))`,
    ),
  },

  // Neglect
  {
    reason: 'neglect',
    kind: 'risk',
    pattern: re(
      String.raw`(?:no|not enough|never enough|not any|hardly any|nothing) (?:food|to eat|dinner|breakfast|meals?)|(?:dont|never|doesnt|didnt|wont) (?:get|give|gives|feed|feeds) (?:me |us )?(?:any |enough )?(?:food|fed|to eat|dinner|breakfast|tea|meals?)|(?:dont|never|doesnt|didnt|wont) feeds? (?:me|us)|(?:always|so|really) hungry|hungry all the time|go to bed hungry|starving (?:all the time|every day|at home)|not allowed (?:to eat|food|any food)`,
    ),
  },
  {
    reason: 'neglect',
    kind: 'risk',
    pattern: re(
      String.raw`lock(?:s|ed|ing)? (?:me|us) (?:in|out)|(?:was|were|get|gets|got|am|im|being|been|is|are) locked (?:in|out)(?! of (?:my|the|an?) (?:phone|account|ipad|laptop|tablet|console|game|app|snap\w*|insta\w*))|locked (?:in|out of) (?:my|the|our) (?:room|house|bedroom|home|flat)|(?:no|not any) (?:heating|electric|electricity|gas|hot water|clean clothes|bed)|(?:sleep|sleeps|sleeping|slept) on the floor|(?:left|leave|leaves) (?:me|us) (?:on my own|on our own|home alone|by myself) (?:all|for|at night|overnight)|home alone|(?:noone|nobody) (?:looks after|cares for|feeds|washes) (?:me|us)|dirty clothes`,
    ),
  },

  // Bullying with threats
  {
    reason: 'bullying or threats',
    kind: 'risk',
    pattern: re(
      String.raw`threat(?:s|en|ens|ened|ening)?|(?:going to|gonna|will|ll|would|said (?:he|she|they)(?:d| would| will| is going to| are going to)?|wants? to|tried to|try to) (?:kill|stab|hurt|beat|batter|jump|shoot) (?:me|us)|kill me|(?:jumped|jump|jumps) (?:me|us)|(?:stab|stabs|stabbed|stabbing|shoot|shot) (?:me|us|him|her)|(?:pulled|pull|pulls|has|had|carry|carries|carrying|brought|bring|got) (?:out )?(?:a )?(?:knife|knives|blade|gun|weapon)|kys|kill yourself|(?:scared|afraid|frightened) (?:to go to|of going to) school`,
    ),
  },
];

/**
 * Being bullied is common and is read in the usual review; bullying that comes with violence
 * or fear is flagged. The two need not be in one phrase: "I get bullied. They kicked me".
 */
const BULLYING: Signal = { reason: 'bullying or threats', kind: 'risk', pattern: re(String.raw`bull(?:y|ies|ied|ying)`) };
const VIOLENCE_OR_FEAR = /\b(?:hit|hits|punch\w*|kick\w*|beat\w*|hurt\w*|jump(?:ed)?|stab\w*|knife|scared|afraid|frightened|terrified|threat\w*|kill)\b/;

/** Negations that undo a risk phrase right after them. */
const NEGATORS = new Set(
  `not dont doesnt didnt never wont wouldnt cant cannot couldnt isnt wasnt arent werent hasnt havent hadnt shouldnt aint nobody noone nothing neither nor`.split(' '),
);
/** Weakeners that turn a phrase about being safe into a worry. */
const WEAKENERS = new Set([...NEGATORS, 'hardly', 'rarely', 'sometimes', 'seldom', 'barely']);
/**
 * Words that may sit between a negation and the phrase it governs ("doesn't EVER hit me", "I
 * do NOT really feel safe", "nobody MAKES ME feel unsafe"). Any other word ends the search, so
 * "nobody knows he hits me" stays flagged.
 */
const FILLERS = new Set(
  `ever really actually even always usually he she they it i im am is are was were be been being would will could can do does did to want wanna going gonna try trying feel felt feeling make makes made me has have had get gets got all that like very`.split(' '),
);
/** Words after a negated phrase that show it used to happen: "he doesn't hit me any more". */
const NO_LONGER = /^[\s,]*(?:\S+\s+){0,3}?(?:anymore|any more|no more|now)\b/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/\bno[\s-]+one\b/g, 'noone')
    .replace(/\bdo not\b/g, 'dont')
    .replace(/\bcan not\b/g, 'cannot')
    .replace(/[-_]/g, ' ')
    // a line break ends a clause, so a negation on one line does not reach the next
    .replace(/\s*\n\s*/g, '. ')
    .replace(/\s+/g, ' ');
}

/** Whether a word from `words` governs the phrase at `index`: up to four words back, across fillers, within the clause. */
function governedBy(text: string, index: number, words: Set<string>): boolean {
  let before = text.slice(Math.max(0, index - 80), index);
  const clauseEnd = Math.max(...['.', ',', '!', '?', ';', ':', '(', ')'].map((p) => before.lastIndexOf(p)));
  if (clauseEnd >= 0) before = before.slice(clauseEnd + 1);
  const wordsBefore = before.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let k = wordsBefore.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const w = wordsBefore[k]!;
    if (words.has(w)) return true;
    if (!FILLERS.has(w)) return false;
  }
  return false;
}

function signalFires(text: string, signal: Signal): boolean {
  for (const m of text.matchAll(signal.pattern)) {
    if (signal.kind === 'safety') {
      if (governedBy(text, m.index, WEAKENERS)) return true;
      continue;
    }
    if (!governedBy(text, m.index, NEGATORS)) return true;
    // "he doesn't hit me any more" says that he did
    if (NO_LONGER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  }
  return false;
}

/**
 * Reads a raw comment for signs that a child may be at risk: harm from someone, sexual harm,
 * self-harm or suicide, feeling unsafe, going missing, exploitation, neglect, or bullying with
 * threats. Returns the categories found; `flagged` is true when there is at least one.
 *
 * Run it on the text as the child wrote it, before redaction. It errs towards flagging; it
 * only sets aside a phrase that is plainly negated ("nobody hurts me", "I feel safe").
 */
export function safeguardingSignals(text: string): SafeguardingSignals {
  const normalised = normalise(text);
  const found = new Set<Reason>();
  for (const signal of SIGNALS) {
    if (found.has(signal.reason)) continue;
    if (signalFires(normalised, signal)) found.add(signal.reason);
  }
  if (!found.has('bullying or threats') && VIOLENCE_OR_FEAR.test(normalised) && signalFires(normalised, BULLYING)) found.add('bullying or threats');
  const reasons = SAFEGUARDING_REASONS.filter((r) => found.has(r));
  return { flagged: reasons.length > 0, reasons };
}
