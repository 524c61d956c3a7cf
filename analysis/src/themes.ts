/**
 * Suggested themes for children's comments. A survey lead confirms or changes them in the
 * review screen; the suggestion only saves sorting by hand, so it favours catching a theme
 * (a comment about "my foster mum" is offered both "family" and "carers") over precision.
 */

/** One theme a council sorts comments into. */
export interface ThemeDefinition {
  /** stable id, kept when the label is reworded */
  id: string;
  /** what the report and the review screen call it */
  label: string;
  /**
   * Lower-case words or phrases that suggest the theme, matched as whole words in any case.
   * A trailing "*" matches any ending ("social work*" finds "social worker", "social workers").
   */
  keywords: readonly string[];
}

/**
 * A starting list of themes for what children in care and care leavers write about, after the
 * four domains of the survey (relationships, rights, resilience, recovery) and the care leaver
 * survey. Councils edit their own copy.
 *
 * Prefix matches are used only where no common unrelated word shares the prefix: "pets" and
 * "cats" are listed in full because "pet*" would find "petrol" and "cat*" "catch".
 */
export const DEFAULT_THEMES: readonly ThemeDefinition[] = [
  {
    id: 'family-contact',
    label: 'Family and contact',
    keywords: [
      'family', 'families', 'birth family', 'contact', 'family time', 'mum', 'mam', 'mom', 'mummy', 'dad', 'daddy',
      'parent*', 'brother*', 'bro', 'sister*', 'sis', 'sibling*', 'nan', 'nana', 'nanny', 'nanna', 'gran', 'granny',
      'grandma*', 'grandad*', 'granddad*', 'grandpa*', 'grandparent*', 'aunt*', 'uncle*', 'cousin*', 'relatives',
    ],
  },
  {
    id: 'social-workers',
    label: 'Social workers',
    keywords: [
      'social work*', 'sw', 'sws', 'caseworker*', 'iro', 'reviewing officer', 'lac review*', 'cla review*',
      'care review*', 'new worker', 'changed worker*', 'change of worker',
    ],
  },
  {
    id: 'carers-placement',
    label: 'Carers and placement',
    keywords: [
      'carer*', 'foster*', 'placement*', "children's home*", 'childrens home*', 'care home*', 'residential',
      'staff', 'keyworker*', 'key worker*', 'where i live', 'live with', 'living with', 'moved placement*',
    ],
  },
  {
    id: 'school-learning',
    label: 'School and learning',
    keywords: [
      'school*', 'skool', 'teacher*', 'lesson*', 'homework', 'exam', 'exams', 'gcse*', 'sats', 'class', 'classes',
      'classroom*', 'tutor*', 'tuition', 'education', 'learning', 'pep', 'virtual school', 'detention*',
      'excluded', 'exclusion*', 'maths', 'english', 'science', 'reading', 'college', 'uni', 'university',
      'study*', 'studies', 'grades', 'senco', 'ehcp', 'sen',
    ],
  },
  {
    id: 'friends',
    label: 'Friends',
    keywords: [
      'friend*', 'freind*', 'frend*', 'mate', 'mates', 'bestie*', 'bff', 'sleepover*', 'hang out', 'hanging out',
      'go out', 'going out', 'girlfriend*', 'boyfriend*',
    ],
  },
  {
    id: 'having-a-say',
    label: 'Having a say and being listened to',
    keywords: [
      'listen*', 'have a say', 'having a say', 'my say', 'a say in', 'opinion*', 'my views', 'voice*', 'decision*',
      'ask me', 'asked me', 'asking me', 'tell me', 'told me', 'explain*', 'why i am in care', "why i'm in care",
      'why im in care', 'choice*', 'choose', 'involved', 'children in care council', 'cicc', 'advoca*',
      'understand me', 'feel heard', 'be heard', 'being heard',
    ],
  },
  {
    id: 'money',
    label: 'Money',
    keywords: [
      'money', 'pocket money', 'allowance*', 'cash', 'pound', 'pounds', 'quid', 'saving*', 'savings', 'bank',
      'afford*', 'expensive', 'cost', 'costs', 'budget*', 'bills', 'pay', 'paid', 'wage*', 'benefit*',
      'universal credit', 'grant', 'grants', 'bursary', 'debt*', 'skint', 'broke',
    ],
  },
  {
    id: 'fun-activities',
    label: 'Fun, hobbies and activities',
    keywords: [
      'fun', 'activit*', 'hobby', 'hobbies', 'club*', 'football', 'sport*', 'swim*', 'gym', 'holiday*', 'trip',
      'trips', 'day out', 'days out', 'cinema', 'bowling', 'park', 'beach', 'theme park*', 'game*', 'gaming',
      'xbox', 'playstation', 'music', 'danc*', 'drawing', 'art', 'cadets', 'scouts', 'youth club*', 'horse*',
      'riding', 'boxing', 'bike*', 'skate*', 'outdoor*', 'camping', 'play', 'playing',
    ],
  },
  {
    id: 'feeling-safe',
    label: 'Feeling safe and free from bullying',
    keywords: [
      'safe', 'safety', 'unsafe', 'secure', 'scared', 'afraid', 'frightened', 'danger*', 'bully*', 'bullied',
      'bullies', 'threat*', 'protect*', 'police',
    ],
  },
  {
    id: 'home-bedroom',
    label: 'Home and my bedroom',
    keywords: [
      'bedroom*', 'my room', 'own room', 'room', 'decorat*', 'furniture', 'bed', 'wardrobe', 'curtains',
      'belongings', 'my stuff', 'my things', 'house rules', 'wifi', 'wi-fi', 'internet', 'phone*', 'feel at home',
      'homely', 'settled', 'cosy', 'comfy', 'privacy', 'own space', 'my own key', 'a key',
    ],
  },
  {
    id: 'leaving-care',
    label: 'Leaving care and independence',
    keywords: [
      'leaving care', 'care leaver*', 'left care', 'pathway plan*', 'pa', 'personal advis*', 'independen*',
      'own flat', 'flat', 'tenancy', 'housing', 'supported accommodation', 'supported lodgings',
      'semi independent', 'semi-independent', 'hostel*', 'rent', 'council house', 'move on', 'moving on',
      'turn 18', 'turning 18', 'when i am 18', "when i'm 18", 'when im 18', 'staying put', 'job', 'jobs',
      'employment', 'apprentice*', 'driving lesson*', 'learn to drive', 'life skills', 'cooking',
    ],
  },
  {
    id: 'worries-mental-health',
    label: 'Worries and mental health',
    keywords: [
      'worr*', 'anxious', 'anxiety', 'stress*', 'depress*', 'sad', 'sadness', 'upset', 'lonely', 'loneliness',
      'alone', 'on my own', 'camhs', 'counsell*', 'therap*', 'mental health', 'panic attack*', 'self harm*',
      'self-harm*', "can't sleep", 'cant sleep', 'nightmare*', 'angry', 'anger', 'cry', 'crying', 'feel down',
      'feelings', 'emotion*', 'someone to talk to', 'talk to someone', 'wellbeing', 'well-being',
    ],
  },
  {
    id: 'pets',
    label: 'Pets and animals',
    keywords: [
      'pet', 'pets', 'dog', 'dogs', 'puppy', 'puppies', 'cat', 'cats', 'kitten*', 'hamster*', 'rabbit*', 'bunny',
      'bunnies', 'guinea pig*', 'fish', 'animal*', 'bird', 'birds', 'budgie*', 'parrot*', 'tortoise*', 'snake*',
      'lizard*',
    ],
  },
];

const MASK = /\[(?:name|phone|email|address|postcode)\]/g;
/** A masked school still says the comment is about school. */
const SCHOOL_MASK = /\[school\]/g;

/**
 * Compiled patterns, one per theme object. Keyed weakly so a council's list, rebuilt per
 * request, is compiled once per request at most and then let go.
 */
const compiled = new WeakMap<ThemeDefinition, RegExp | null>();

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** One keyword as a regular-expression source, or null for an empty keyword. */
function keywordSource(keyword: string): string | null {
  const parts = keyword.trim().toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter((p) => p && p !== '*');
  if (!parts.length) return null;
  return parts
    .map((part) => {
      const prefix = part.endsWith('*');
      const word = prefix ? part.replace(/\*+$/, '') : part;
      // A hyphen or apostrophe in a keyword may be written or left out: "self-harm" finds "self harm", "selfharm".
      const body = word
        .split('*')
        .join('')
        .split('')
        .map((ch) => (ch === '-' ? '[\\s-]?' : ch === "'" ? "'?" : escapeRegExp(ch)))
        .join('');
      return prefix ? `${body}[\\p{L}\\p{N}'-]*` : body;
    })
    .join('\\s+');
}

function themePattern(theme: ThemeDefinition): RegExp | null {
  let re = compiled.get(theme);
  if (re !== undefined) return re;
  const sources = theme.keywords.map(keywordSource).filter((s): s is string => s !== null);
  // Longer alternatives first, so a phrase is preferred to a word it starts with
  sources.sort((a, b) => b.length - a.length);
  re = sources.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
  compiled.set(theme, re);
  return re;
}

/**
 * The ids of the themes whose keywords appear in a comment, in the order of `themes`.
 * Matching is by whole word, in any case; it is meant for redacted text. The masks are not
 * read as words ("[name]" does not match a keyword "name"), except "[school]", which reads as
 * "school" because the comment is about one.
 */
export function suggestThemes(text: string, themes: readonly ThemeDefinition[]): string[] {
  const prepared = text.replace(/[’‘]/g, "'").replace(MASK, ' ').replace(SCHOOL_MASK, ' school ');
  const ids: string[] = [];
  for (const theme of themes) {
    const re = themePattern(theme);
    if (re && re.test(prepared)) ids.push(theme.id);
  }
  return ids;
}
