import type { AgeBand } from '@you-said/surveys';

/**
 * The free-text answers the demo draws from: written for the demo, in the way children and
 * young people write (lower case, slips, no full stops), about what they tend to raise: family
 * contact, social workers changing, pocket money, bedrooms, school, having a say, leaving care,
 * pets. Every person, number, address and school in them is made up: phone numbers are in
 * Ofcom's drama ranges (07700 900xxx, 01632 960xxx), email addresses end in example.com, the
 * postcode areas KF and NQ do not exist, and the towns are the demo's own fictional councils.
 *
 * `contains` says which personal details the redaction must mask before anyone reads the
 * comment; `safeguarding` marks the few that must land in the safeguarding queue. The demo
 * places those few once each, on purpose (see `SAFEGUARDING_PLACEMENTS` in synthetic.ts),
 * rather than drawing them at random.
 */

/** Which free-text question a comment answers. */
export type CommentQuestion = 'ft_make_life_better' | 'ft_good_things' | 'ft_anything_else';

export type PersonalDetail = 'name' | 'phone' | 'email' | 'school' | 'address' | 'postcode';

export interface PoolComment {
  text: string;
  questions: readonly CommentQuestion[];
  bands: readonly AgeBand[];
  contains?: readonly PersonalDetail[];
  safeguarding?: true;
}

const BETTER: CommentQuestion[] = ['ft_make_life_better'];
const GOOD: CommentQuestion[] = ['ft_good_things'];
const ELSE: CommentQuestion[] = ['ft_anything_else'];
const BETTER_OR_ELSE: CommentQuestion[] = ['ft_make_life_better', 'ft_anything_else'];
const ANY: CommentQuestion[] = ['ft_make_life_better', 'ft_good_things', 'ft_anything_else'];

const LITTLE: AgeBand[] = ['4-7'];
const YOUNGER: AgeBand[] = ['4-7', '8-11'];
const CHILD: AgeBand[] = ['8-11'];
const CHILD_TEEN: AgeBand[] = ['8-11', '11-17'];
const TEEN: AgeBand[] = ['11-17'];
const TEEN_LEAVER: AgeBand[] = ['11-17', '16-25'];
const LEAVER: AgeBand[] = ['16-25'];
const EVERYONE: AgeBand[] = ['4-7', '8-11', '11-17', '16-25'];

export const COMMENTS_POOL: readonly PoolComment[] = [
  // 4-7: the trusted adult writes down what the child says
  { text: 'more time with mummy', questions: BETTER, bands: LITTLE },
  { text: 'a trampoline in the garden', questions: BETTER, bands: LITTLE },
  { text: 'i want to see my brother more. his name is Tyler', questions: BETTER, bands: LITTLE, contains: ['name'] },
  { text: 'a puppy!!', questions: BETTER, bands: LITTLE },
  { text: 'stay with Auntie Jo for ever and ever', questions: BETTER, bands: LITTLE, contains: ['name'] },
  { text: 'going to the park more and the big slide', questions: BETTER, bands: LITTLE },
  { text: 'i want my old social worker back she was nice', questions: BETTER, bands: LITTLE },
  { text: 'if my daddy came to see me at christmas', questions: BETTER, bands: LITTLE },
  { text: 'more sweets (said with a big smile)', questions: BETTER, bands: LITTLE },
  { text: 'my own room with unicorns on the wall', questions: BETTER, bands: LITTLE },
  { text: 'nothing. i like it here', questions: BETTER, bands: YOUNGER },

  // 8-11
  { text: 'seeing my mum more then once a month', questions: BETTER, bands: CHILD_TEEN },
  { text: 'my social worker keeps changing and i have to tell my story again every time', questions: BETTER_OR_ELSE, bands: CHILD_TEEN },
  { text: 'more pocket money because my freinds get way more than me', questions: BETTER, bands: CHILD_TEEN },
  { text: 'i wish i could have a sleepover at my friends house without all the checks', questions: BETTER, bands: CHILD_TEEN },
  { text: 'my own bedroom not sharing with the little ones', questions: BETTER, bands: CHILD },
  { text: 'a dog. my carers said maybe when we move', questions: BETTER, bands: CHILD },
  { text: 'i want to know why i cant go home', questions: BETTER_OR_ELSE, bands: CHILD },
  { text: 'going on holiday abroad with my foster family but i need a passport first', questions: BETTER, bands: CHILD_TEEN },
  { text: 'being asked what i think before they decide stuff about me', questions: BETTER, bands: CHILD_TEEN },
  { text: 'more help with maths and reading', questions: BETTER, bands: CHILD },
  { text: 'if the other kids at school stopped calling me a care kid', questions: BETTER, bands: CHILD_TEEN },
  { text: 'my teacher Mrs Okafor at Larkspur Primary is really kind to me', questions: GOOD, bands: CHILD, contains: ['name', 'school'] },
  { text: 'my foster carers Dave and Lisa are the best', questions: ['ft_good_things', 'ft_anything_else'], bands: CHILD_TEEN, contains: ['name'] },
  { text: 'my cat and my hamster', questions: GOOD, bands: CHILD_TEEN },
  { text: 'football on saturdays and swimming', questions: GOOD, bands: CHILD_TEEN },
  { text: 'i see my nan every week and she makes cakes', questions: GOOD, bands: CHILD },
  { text: 'i painted my bedroom blue and its my favourite place', questions: GOOD, bands: CHILD_TEEN },
  { text: 'my little sister lives with me', questions: GOOD, bands: CHILD_TEEN },
  { text: 'i want to ring my dad, his number is 07700 900417, but they wont let me', questions: ELSE, bands: CHILD, contains: ['phone'] },
  { text: 'can i have a phone like everybody else in my class', questions: BETTER, bands: CHILD },
  { text: 'contact at the centre is boring and the lady writes everything down', questions: BETTER_OR_ELSE, bands: CHILD },
  { text: 'my carers boyfriend hits me when shes at work', questions: ELSE, bands: CHILD_TEEN, safeguarding: true },

  // 11-17
  { text: 'stop moving me. ive had 4 placements in 2 years and 3 diffrent schools', questions: BETTER, bands: TEEN },
  { text: 'social workers that stay. ive had 5 and i dont trust any of them now', questions: BETTER, bands: TEEN },
  { text: 'let me stay at my mates without a police check its so embarassing', questions: BETTER, bands: TEEN },
  { text: 'help to save money for stuff i want', questions: BETTER, bands: TEEN },
  { text: 'wifi that works after 10pm', questions: BETTER, bands: TEEN },
  { text: 'seeing all my brothers and sisters together not one at a time', questions: BETTER, bands: CHILD_TEEN },
  { text: 'listen to me in my reviews instead of talking about me like im not in the room', questions: BETTER_OR_ELSE, bands: TEEN },
  { text: 'if nobody at school knew i was in care', questions: BETTER, bands: TEEN },
  { text: 'help with my anxiety. ive been on the camhs waiting list for ages', questions: BETTER_OR_ELSE, bands: TEEN_LEAVER },
  { text: 'learn to cook proper meals before i have to move out', questions: BETTER, bands: TEEN },
  { text: 'my key worker Sam at the home is sound', questions: GOOD, bands: TEEN, contains: ['name'] },
  { text: 'i have been in the same placement 3 years now and it feels like home', questions: GOOD, bands: TEEN },
  { text: 'my dog Max and going to the gym', questions: GOOD, bands: TEEN_LEAVER },
  { text: 'im doing well at school, predicted 6s in english and science', questions: GOOD, bands: TEEN },
  { text: 'my contact with mum got cut to monthly and nobody told me why', questions: ELSE, bands: TEEN },
  { text: 'you can email me if u want, jaydenk2009@example.com', questions: ELSE, bands: TEEN, contains: ['email'] },
  { text: 'please dont tell my carers what i put', questions: ELSE, bands: CHILD_TEEN },
  { text: 'our house is 27 Linden Road KF3 8QT and the heating has been broke for weeks', questions: ELSE, bands: TEEN, contains: ['address', 'postcode'] },
  { text: 'the staff at the home keep changing, i dont even learn there names', questions: BETTER, bands: TEEN },
  { text: 'my social worker Kelly Marsh never rings back', questions: ELSE, bands: TEEN, contains: ['name'] },
  { text: 'more trips out, we never go anywhere at weekends', questions: BETTER, bands: CHILD_TEEN },
  { text: 'being able to get my hair done properly, my carers dont know how to do it', questions: BETTER, bands: CHILD_TEEN },
  { text: 'a later curfew like my friends have', questions: BETTER, bands: TEEN },
  { text: 'i want to die sometimes and nobody notices', questions: ELSE, bands: TEEN_LEAVER, safeguarding: true },
  { text: 'a man online keeps asking me to send pics and says he knows where my school is', questions: ELSE, bands: TEEN, safeguarding: true },
  { text: 'i go to Northmarsh High and the teachers there actually get it', questions: GOOD, bands: TEEN, contains: ['school'] },
  { text: 'my pocket money is less than at my last placement, why is it different', questions: ELSE, bands: CHILD_TEEN },
  { text: 'drama club and my friends', questions: GOOD, bands: CHILD_TEEN },
  { text: 'getting a say in where i live next', questions: BETTER, bands: TEEN },

  // care leavers
  { text: 'more money honestly. universal credit doesnt cover the bills and food', questions: BETTER, bands: LEAVER },
  { text: 'help with council tax, i got a letter and panicked', questions: BETTER, bands: LEAVER },
  { text: 'my PA Priya is amazing, she always rings back', questions: ['ft_good_things', 'ft_anything_else'], bands: LEAVER, contains: ['name'] },
  { text: 'a PA who actually knows me. ive had 3 this year', questions: BETTER, bands: LEAVER },
  { text: 'i moved into my flat with no bed or cooker for 2 weeks. the setting up home money needs to come sooner', questions: BETTER_OR_ELSE, bands: LEAVER },
  { text: 'being lonely is the worst bit. my flat is so quiet', questions: BETTER_OR_ELSE, bands: LEAVER },
  { text: 'i got into uni!! the bursary helped loads', questions: GOOD, bands: LEAVER },
  { text: 'staying put with my foster carers till 21 made all the difference', questions: GOOD, bands: LEAVER },
  { text: 'ring me on 07700 900682 i want to talk about my pathway plan', questions: ELSE, bands: LEAVER, contains: ['phone'] },
  { text: 'flat 4, 9 Mill Street, Kestrelford KF11 4AB has damp everywhere and the landlord ignores me', questions: ELSE, bands: LEAVER, contains: ['address', 'postcode'] },
  { text: 'help getting an apprenticeship, i keep getting knocked back', questions: BETTER, bands: LEAVER },
  { text: 'i wish someone had taught me to budget before i moved out', questions: BETTER, bands: LEAVER },
  { text: 'a free bus pass, i spend loads getting to college', questions: BETTER, bands: LEAVER },
  { text: 'sometimes i think everyone would be better off without me', questions: ELSE, bands: LEAVER, safeguarding: true },
  { text: 'i want to see my file and know properly why i went into care', questions: BETTER_OR_ELSE, bands: TEEN_LEAVER },
  { text: 'my little brother is still in care and i want to see him more', questions: BETTER, bands: LEAVER },
  { text: 'mental health support that doesnt just stop when you turn 18', questions: BETTER, bands: LEAVER },
  { text: 'my manager at work is really supportive', questions: GOOD, bands: LEAVER },
  { text: 'passed my driving test first time', questions: GOOD, bands: LEAVER },
  { text: 'got my own place and im proud of it', questions: GOOD, bands: LEAVER },
  { text: 'email me the results chloe.b.2004@example.com', questions: ELSE, bands: LEAVER, contains: ['email'] },
  { text: 'i didnt know i could get help with rent till my mate told me', questions: ELSE, bands: LEAVER },
  { text: 'Wyvernbury College is going well, im on level 3 now', questions: GOOD, bands: LEAVER, contains: ['school'] },
  { text: 'the thursday drop in at the leaving care team is good, my mates go too', questions: GOOD, bands: LEAVER },
  { text: 'nobody asked me what i wanted when i turned 18 it just happened', questions: ELSE, bands: LEAVER },
  { text: 'got evicted last month and been sofa surfing since', questions: BETTER_OR_ELSE, bands: LEAVER },
  { text: 'the office number 01632 960518 never gets answered after 4', questions: ELSE, bands: LEAVER, contains: ['phone'] },
  { text: 'my girlfriend and my baby', questions: GOOD, bands: LEAVER },
  { text: 'my PA Darren Hughes left and no one told me for a month', questions: ELSE, bands: LEAVER, contains: ['name'] },

  // any age
  { text: 'nothing', questions: ANY, bands: EVERYONE },
  { text: 'dont know', questions: BETTER_OR_ELSE, bands: EVERYONE },
  { text: 'its fine how it is', questions: BETTER, bands: CHILD_TEEN },
  { text: 'thank you for asking us', questions: ELSE, bands: ['8-11', '11-17', '16-25'] },
  { text: 'my friends', questions: GOOD, bands: ['8-11', '11-17', '16-25'] },
];

/** The pool comments that may answer `question` for a child in `band`, safeguarding ones left out. */
export function commentsFor(question: CommentQuestion, band: AgeBand): PoolComment[] {
  return COMMENTS_POOL.filter((c) => !c.safeguarding && c.questions.includes(question) && c.bands.includes(band));
}
