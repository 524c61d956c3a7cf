/**
 * Masks what could identify a child, or someone they name, in a free-text comment before it
 * is stored: email addresses, phone numbers, postcodes, street addresses, school names and
 * people's names.
 *
 * Children write fast, in lower case, with spelling slips, so this cannot lean on tidy
 * capitalisation. It works in two passes:
 *   1. patterns with a fixed shape (emails, phone numbers, postcodes) on the raw string;
 *   2. a pass over the words for things known only from context: a number then a street word,
 *      a name-like word before "academy", a title ("mr", "miss"), a relation word ("my sw",
 *      "foster mum", "called"), a built-in list of first names, and capitalised words in the
 *      middle of a sentence that are not ordinary English words or well-known brands.
 * Over-masking is preferred to under-masking: a comment that reads "my [name] helps me" is
 * still useful, one that names a child's foster carer is a breach. What it must never do is
 * mask the ordinary words children use about care ("social worker", "carer", "school", "mum").
 *
 * It runs once per submitted comment, so every list is a Set built once at module load and
 * the word pass is a single walk over the tokens.
 */

/** What kind of thing a mask hides; the mask text is the kind in square brackets, e.g. "[name]". */
export type MaskKind = 'name' | 'phone' | 'email' | 'address' | 'postcode' | 'school';

/** A comment after redaction. */
export interface Redaction {
  /** the comment with each identifying part replaced by "[name]", "[phone]" and so on */
  text: string;
  /** the distinct kinds masked, sorted alphabetically (empty when nothing was masked) */
  masked: MaskKind[];
}

/** Words a council adds for its own area. */
export interface RedactionOptions {
  /** names to mask wherever they appear, whole words, any case (e.g. a well-known local family name) */
  extraNames?: readonly string[];
  /** local places to mask as "[address]": estates, villages, children's homes, local schools (single words or phrases) */
  extraPlaces?: readonly string[];
}

const MASK_KINDS: readonly MaskKind[] = ['name', 'phone', 'email', 'address', 'postcode', 'school'];

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

// ---------------------------------------------------------------------------------------------
// Word lists. All lower case. Written for this product; they favour the words children in care
// actually use, so that a capitalised or unexpected word among them is not taken for a name.
// ---------------------------------------------------------------------------------------------

/**
 * Common first names across the backgrounds of children in care in England: English, Welsh,
 * Irish, Scottish, Caribbean and West African, South Asian, Arabic, Somali, Afghan, Eritrean
 * and Eastern European. Spellings vary endlessly; councils add their own through `extraNames`.
 */
const FIRST_NAMES = words(`
  oliver george harry jack noah charlie jacob alfie freddie oscar leo archie joshua josh james
  jamie william thomas tom tommy henry ethan isaac daniel danny samuel sam joseph joe lucas
  logan mason harrison tyler kyle jordan callum connor liam jake ben benjamin dan dave david
  john johnny paul peter michael mike steve steven stephen chris christopher matthew matt andrew
  andy gary lee darren craig jason wayne shane scott ryan luke adam aaron alex alexander kai
  riley reece rhys ashley bradley brad lewis louis nathan owen ollie toby elliot elliott finley
  finn frankie jayden kayden brandon corey jenson billy bobby dexter reggie stanley arthur albert
  ronnie sonny tony kevin brian ian neil simon richard robert keith colin graham martin phil
  philip carl karl tim nick nicholas jonathan jon edward eddie charles hugo theo sebastian zach
  zachary zak kieran keiran kian rory bailey harvey jude ellis carter dylan leon marcus jerome
  tyrone jermaine andre darnell malachi isaiah elijah nathaniel ezra reuben joel caleb evan
  aiden aidan jaden cameron declan sean shaun ciaran conor padraig eoin cian niall ronan patrick
  paddy oisin gareth ieuan sion dafydd aled osian gethin iwan huw owain dewi tomos
  olivia amelia isla ava mia isabella isabelle sophia sophie lily freya ella charlotte evie ruby
  daisy chloe jessica jess lucy hannah katie kate laura lauren rebecca becky rachel amy megan
  bethany beth abbie abby abigail leah paige courtney chelsea shannon jade kayleigh stacey tracy
  tracey sharon karen julie linda susan helen claire clare kelly nicole natalie donna michelle
  lisa louise jo joanne jenny jennifer kim debbie mandy wendy janet pauline angela elaine jackie
  gemma hayley zoe millie maisie molly elsie phoebe harriet alice florence matilda erin eleanor
  imogen scarlett esme violet ivy rosie tilly lacey lexi skye maddison madison kayla tia keira
  demi ellie nina jasmine tanya leanne kerry jane mary margaret emma emily sarah sara nicola
  vicky victoria samantha amanda caroline catherine katherine kathryn anna hollie georgia eva
  lola nancy edith ada iris mabel aria sienna bella darcy niamh aoife siobhan roisin orla saoirse
  aisling ciara sinead cerys seren carys bethan ffion rhian elin lowri catrin nia shanice
  shantelle tiana aaliyah keisha chantelle jodie kirsty stephanie danielle alisha aimee jasmin
  kwame kofi kojo tunde chidi emeka femi tobi tolu ayo segun tayo chinedu obinna chioma ngozi
  adaeze abena akua adwoa kemi funmi
  mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussain hussein ibrahim yusuf youssef
  zain zayn ayaan arjun aryan rohan ravi raj sanjay vikram amit harpreet gurpreet jaspreet
  manpreet simran priya anjali aisha ayesha fatima zara zainab maryam mariam amira amina hafsa
  sana samina nadia safiya imran bilal usman hamza faisal kamran tariq asif shahid rizwan sunil
  deepak nisha pooja meera kiran inaaya haris saad rayyan arham musa idris omar khalid yasmin
  layla leila noor huda amal rania karim kareem nabil sami samir walid jamal malik rashid salma
  hana abdi abdullahi abdirahman abdul farah hodan hamdi ayan sahra hibo fadumo ubah deeqa
  guled liban ismail nasra sagal idil muna mahmood nasir habib wahid farid javed jawad zahra
  parisa shabnam mursal sohrab rahim rahmat shafiq sayed farhad mustafa mujtaba hamid reza amir
  yonas dawit tesfay kidane mehari semhar senait selam merhawi filmon biniam natnael yohannes
  robel aron ruth saba
  jakub kacper szymon filip mateusz piotr pawel tomasz lukasz kamil dawid patryk igor maja
  zuzanna wiktoria oliwia natalia agnieszka kasia marta andrei mihai alexandru ionut florin ioana
  andreea elena bianca ivan dmitri oleksandr olena oksana yulia daria anastasia sofia nikola luka
  marek tomas lukas adriana roxana viktor alina darius
  will may grace hope joy mark bill rose summer faith dawn amber april june sky max rob sue pat
  ray guy dean jay frank drew eve holly poppy penny robin hazel ash chase hunter teddy bob
  charity destiny precious blessing miracle angel sunny river autumn willow jan carol
`);

/**
 * Ordinary English words, text-speak and spelling slips children use. A word here is not
 * taken for a name just because it is capitalised or follows "my brother". A first name that
 * is also here ("will", "grace", "rose") is "ambiguous": masked only when the context says it
 * is a name. Inflected forms are found by `isOrdinaryWord`, so mostly base forms are listed.
 */
const ORDINARY_WORDS = words(`
  favourite favourites favorite favorites unicorn dinosaur dragon princess puppy kitten hamster rabbit guinea pig pony
  a an the and or but if so because cos coz cuz cause as than then that this these those there
  here where when why how what who whom whose which while until till since though although
  unless whether yet also too very really quite just only even still already ever never always
  sometimes often usually again once twice maybe perhaps probably definitely actually basically
  literally honestly especially mostly nearly almost enough much many more most less least few
  lot lots loads bit all any some none no not nothing anything something everything nobody
  somebody anybody everybody someone anyone everyone noone one ones each every either neither
  both other others another such same own else instead rather whatever whoever whenever wherever
  i me my mine myself you your yours yourself yourselves he him his himself she her hers
  herself it its itself we us our ours ourselves they them their theirs themselves u ur ya
  i'm im i've ive i'll ill i'd id you're youre you've you'll you'd he's hes she's shes it's
  we're we've we'll they're theyre they've they'll there's theres that's thats what's whats
  who's let's lets here's
  am is are was were be been being have has had having do does did doing done don't dont
  doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't werent haven't
  havent hasn't hasnt hadn't hadnt won't wont wouldn't wouldnt can't cant cannot couldn't
  couldnt shouldn't shouldnt mustn't ain't aint can could shall should would must might
  need needs ought gonna wanna gotta dunno lemme kinda sorta innit
  in on at to of for from by with without about above below under over into onto out up down
  off through across along around near behind between beside besides beyond inside outside
  towards toward upon within against among during before after ago past via per like unlike
  except apart away back forward home abroad
  yes yeah yep yh ye nah nope ok okay k oh ah hmm lol lmao omg idk tbh ngl rn imo btw pls plz
  please thanks thank thx ty sorry hi hello hey bye wow yay ugh meh
  zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million first
  second third fourth fifth last next half double
  go went gone going get got gotten getting make made take took taken give gave given come came
  say said says tell told ask see saw seen look watch know knew known think thought feel felt
  want like love hate need help try use find found keep kept let put set leave left stay live
  lived move moved bring brought buy bought pay paid sell sold send sent spend spent lend lent
  meet met hear heard speak spoke spoken talk listen understand understood mean meant begin
  began begun start stop end finish carry hold held stand stood sit sat lie lay lying sleep
  slept wake woke eat ate eaten drink drank fight fought catch caught teach taught build built
  break broke broken choose chose chosen wear wore worn win won lose lost run ran swim swam
  fly flew flown drive drove driven ride rode ridden write wrote written read draw drew drawn
  grow grew grown throw threw thrown fall fell fallen forget forgot forgotten forgive forgave
  become became hide hid hidden bite bit shut cut hit hurt cost beat beaten steal stole stolen
  sing sang sung ring rang shake shook feed fed lead led seem happen change changes call
  cry laugh smile shout scream argue fall wait hope wish believe trust care share visit
  phone text message chat play work study learn revise pass fail miss join sign clean cook
  wash tidy shop cope manage deal handle sort fix plan decide agree allow let force stuck
  wonder worry bother annoy upset scare frighten bully tease pick push kick punch slap
  smack grab touch kiss hug cuddle hold rest relax chill enjoy celebrate open close lock
  show hear tell explain remember forget notice include exclude invite ignore attend
  arrive return visit travel walk jump climb dance sing draw paint bake swim skate cycle
  ride box train exercise score save spend earn owe borrow lend waste apply rent afford
  own belong fit matter count follow lead support protect look mind treat act behave
  answer promise check contact report complain apologise apologize review happen improve
  able unable bad badly good better best worse worst great nice nicer lovely kind unkind
  happy unhappy sad mad angry cross upset fine alright alrite okay safe unsafe scared
  afraid frightened worried nervous anxious lonely alone bored boring fun funny easy hard
  difficult simple free busy quiet loud calm tired sick ill poorly well healthy hungry
  thirsty cold hot warm wet dry clean dirty messy tidy big small little large tiny huge
  long short tall old new young older younger oldest youngest same different normal weird
  strange random real fake true false right wrong fair unfair proper full empty whole
  rich poor cheap expensive dear high low early late fast slow quick far close open closed
  nice mean horrible awful terrible amazing awesome brilliant excellent cool sick lush
  decent rubbish crap proper stupid dumb silly clever smart kind caring helpful useless
  important special private personal public local main extra spare own strict soft
  gentle rough nasty rude polite honest shy confident brave strong weak positive negative
  settled unsettled stable comfy comfortable cosy homesick jealous embarrassed ashamed
  proud excited stressed depressed confused lost hurt sure unsure certain possible
  impossible available ready grateful thankful lucky unlucky independent responsible
  mum mam mom mummy mommy mother dad daddy father parent parents nan nana nanny nanna gran
  granny grandma grandmother grandad granddad grandpa grandfather grandparents family brother
  bro sister sis sibling siblings cousin auntie aunty aunt uncle niece nephew baby son
  daughter kid kids child children boy boys girl girls lad lads man men woman women people
  person adult adults teen teenager friend mate bestie bff bf gf boyfriend girlfriend partner
  neighbour neighbor stepmum stepdad stepbrother stepsister step half foster fostering carer
  carers sw worker workers social keyworker staff manager team mentor tutor teacher teachers
  head headteacher sir miss mr mrs ms nurse doctor dr gp dentist therapist counsellor
  counselor psychologist police officer judge court solicitor lawyer advocate iro pa
  adviser advisor guardian coach leader boss colleague
  school schools college uni university academy primary secondary junior juniors infant infants
  nursery class classes lesson lessons subject subjects homework exam exams test tests grade
  grades year term holiday holidays uniform teacher maths math english science history
  geography art music drama sport sports pe re it dt cooking reading writing spelling
  education learning course courses training apprenticeship job jobs work career college
  sixth form detention exclusion excluded suspended isolation report
  house home homes flat room rooms bedroom bed bathroom kitchen garden door window wall
  stairs floor roof place places street road area town city village estate country world
  placement placements unit hostel accommodation housing council tenancy rent bills
  furniture sofa telly tv wifi internet phone laptop computer tablet ipad console games
  game money cash pocket allowance savings bank card clothes shoes trainers food dinner
  lunch breakfast tea snacks sweets pizza chips chicken burger takeaway water pop juice
  car bus train taxi bike shop shops shopping town park beach pool gym club clubs youth
  football rugby cricket tennis basketball netball swimming boxing dancing gaming music
  film films movie movies show shows song songs book books dog dogs cat cats pet pets
  rabbit hamster fish horse horses animal animals bird
  time times day days week weeks weekend weekends month months hour hours minute minutes
  morning afternoon evening night tonight today tomorrow yesterday now soon later lately
  recently anymore everyday birthday christmas summer winter spring autumn weekend
  thing things stuff way ways part kind sort type lot bit side top bottom front middle end
  life lives world problem problems reason reasons idea ideas choice choices chance chances
  rule rules right rights say voice opinion opinions view views word words question
  questions answer answers plan plans meeting meetings review reviews visit visits contact
  letter letters news story stories name names number age birthday party parties present
  presents trip trips activity activities hobby hobbies fun feeling feelings emotions mind
  head heart body health mental anxiety depression stress worry worries fear help support
  advice care love respect trust support future past job money need needs wish wishes
  promise promises decision decisions change changes difference problem trouble mess
  risk danger safety bullying bullies bully abuse harm pain sleep dream dreams nightmare
  church mosque temple prayer religion culture language country
  oak elm ash birch beech willow rose lilac cherry maple hazel holly ivy laurel poplar
  rowan cedar pine chestnut meadow orchard river lake brook field fields wood woods hill
  green lane park mill bridge gate station market castle farm valley spring well
  view way close drive court hall lodge grove
  will may grace hope joy mark bill summer faith dawn amber april june sky max rob pat ray
  guy dean frank drew eve poppy penny robin chase hunter teddy bob charity destiny precious
  blessing miracle angel sunny jan carol sue
  law psychology sociology business economics media engineering mechanic mechanics plumbing
  plumber electrician construction building hair hairdresser hairdressing beauty nursing
  childcare health catering chef army navy forces vet teaching computing coding design
  photography fashion textiles physics chemistry biology languages citizenship pshe rse sex
  apprentice volunteering qualification qualifications certificate degree results mock mocks
  revision sea sun moon rain snow weather tree trees flower flowers grass seaside forest
  mountain mountains island countryside zoo aquarium museum cinema bowling theatre library
  cafe restaurant pub hospital surgery office centre center mall fair funfair theme camping
  camp festival concert gig cadets scouts guides brownies disco prom trampoline trampolining
  climbing fishing riding karate judo gymnastics athletics running skating skateboard scooter
  hockey badminton golf darts snooker table drawing painting singing acting baking anime manga
  colour color red blue yellow orange purple pink black white brown grey gray dark light
  bright gold silver
  meal meals supper chippy fruit veg vegetables sandwich sandwiches crisps chocolate cake
  biscuits cereal toast pasta rice curry noodles halal vegetarian vegan allergy allergies
  medicine medication tablets inhaler glasses hearing aid wheelchair disability disabled autism
  autistic dyslexia dyslexic epilepsy diabetes asthma
  emotion anger temper tantrum panic attack self esteem confidence therapy counselling
  counseling appointment session group forum councillor councillors panel board participation
  advocacy complaint independent visitor supervised unsupervised overnight respite short break
  adoption adopted adopt fostered special guardianship order kinship residential semi
  supported lodgings tenancy deposit landlord benefits universal credit grant bursary wage
  wages salary payment budget budgeting electric electricity gas heating water broadband
  licence license passport birth certificate provisional driving theory insurance laundry
  washing ironing hoover cleaning chores groceries cupboard fridge freezer cooker oven
  microwave kettle table chair desk wardrobe drawers curtains carpet paint poster pictures
  picture photos photo memory memories box bag belongings toy toys controller headphones
  speaker charger data signal contract sim app apps account password online media video
  streaming channel
  fight argument row arrested cell offending
  rarely hardly usually everywhere anywhere somewhere nowhere anyway anyways however
  therefore otherwise meanwhile plus weekday fortnight daily weekly monthly yearly annual
  term half-term midnight o'clock am pm aged age eldest
  husband wife fiance ex pregnant pregnancy babies toddler newborn midwife childminder
  goodbye cheers bruv fam kindness patience patient honesty respectful lenient freedom curfew
  earlier allowed permission signed consent paperwork explained explanation breakdown
  previous current dislike loneliness isolated friendship bestfriend goal goals ambition
  ambitions pointless annoying sometime somehow someday sooner
  sad glad mood moods cry crying tears shouting shouts yelling swearing swear smoking smoke
  vape vaping drugs drinking drunk alcohol weed cigarettes bedtime tea-time dinnertime
  ready dressed shower bath teeth brush haircut makeup nails phone-call facetime
  mind minds brain thoughts thought memory safe safer safest danger dangerous scary
  lad lass bloke guy guys dude folks everyone anyone someone
  sure surely really truly totally completely fully
  bigger smaller better worse more less most least
  hmm erm um uh yeah nope yep
  pocket pound pounds pence penny quid fiver tenner
  phone phones number numbers address email postcode
  sw's carer's worker's prison jail custody secure gym
  list lists queue waiting letter form forms card cards plan plans system process service
  services team teams office offices centre meeting rota routine chore task tasks note notes
  key keys lock locks door doors window windows light lights noise noises smell mess rubbish
  bin bins car cars van bus buses train trains journey journeys ticket tickets pass passes
  wall walls floor floors stairs ceiling roof garden gardens yard balcony lift
  bottle bottles cup cups plate plates spoon fork knife knives
  becuase becoz beacuse becos bcos bc realy rly relly alot freinds frends freind frend skool
  wiv wiff dat dis dem tho thru gud gd luv cuz sum 2day tmrw nite wen wot wat ppl peeps
`);

/**
 * Capitalised words that are not names: brands, apps, games, festivals, places far away,
 * faiths, languages and the acronyms of care and school. Kept as written.
 */
const PROPER_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  christmas xmas easter halloween eid ramadan diwali hanukkah valentine valentines bonfire
  xbox playstation ps4 ps5 nintendo switch youtube tiktok snapchat snap instagram insta whatsapp
  facebook messenger discord netflix disney spotify roblox fortnite minecraft fifa pokemon
  google amazon apple iphone ipad samsung android wi-fi wifi tesco asda aldi lidl sainsbury's
  sainsburys morrisons primark mcdonald's mcdonalds maccies maccys kfc nando's nandos nando greggs mcdonald sainsbury barnardo
  subway costa starbucks nike adidas lego barbie marvel
  tv bbc itv nhs camhs gp a&e pe re it dt ict gcse gcses sats a-level a-levels alevels btec
  ehcp sen senco pep lac cic cicc iro pa sw yot adhd asd ocd ptsd lgbt lgbtq uk gb usa eu
  ok okay id dbs cv uc pip dwp jobcentre council ofsted childline nspcc barnardo's barnardos
  coram
  god allah jesus quran koran bible muslim christian islam hindu sikh jewish buddhist catholic
  english maths math science history geography art music drama french spanish german polish
  arabic urdu punjabi bengali somali pashto dari farsi persian tigrinya amharic kurdish romanian
  albanian vietnamese welsh irish scottish british
  england scotland wales ireland britain europe africa asia america afghanistan afghan eritrea
  eritrean sudan sudanese syria syrian iraq iraqi iran iranian kurdistan somalia ethiopia
  ethiopian albania vietnam pakistan pakistani india indian bangladesh poland romania lithuania
  nigeria nigerian ghana jamaica jamaican turkey ukraine russia france spain italy germany egypt
`);

/**
 * Short words that carry no content. Used where a rule needs a name-like word before a street
 * or school word: "the road", "my school" and "to college" never qualify.
 */
const FUNCTION_WORDS = words(`
  a an the and or but if so because cos coz cuz as than then that this these those there here
  where when why how what who which to of for from by with without about in on at into onto
  out up down off over under near across around through along behind past via my your his
  her its our their me him us them it i you he she we they is are was were be been am not no
  very really just too also only even all any some every each same other another next last
  new old own big little main local nearest
`);

/** Words a title stands before. "miss", "sir" and "dr" are also ordinary words, so they ask for more. */
const TITLES = words(`mr mrs ms mx mister missus miss sir dr`);
const UNAMBIGUOUS_TITLES = words(`mr mrs ms mx mister missus`);

/** A word that, placed before a word, says that word is probably someone's name. */
const RELATION_WORDS = words(`
  sw worker carer mum mam mom mummy mommy mother dad daddy father nan nana nanny nanna gran granny
  grandma grandmother grandad granddad grandpa grandfather brother bro sister sis sibling cousin
  auntie aunty aunt uncle friend mate bestie bff bf gf boyfriend girlfriend partner neighbour
  neighbor stepmum stepdad stepbrother stepsister son daughter teacher tutor pa adviser advisor
  keyworker iro mentor counsellor counselor therapist nurse doctor manager coach advocate
  guardian
`);

/** Words after which the next word is someone's name, whatever it is ("a girl called Hope"). */
const NAMING_WORDS = words(`called named nicknamed`);

const STREET_STRONG = words(`road street avenue lane crescent terrace gardens grove mews boulevard rd ave gdns cres`);
const STREET_WEAK = words(`close drive way place court estate walk row square hill park view green rise parade vale fields house lodge hall farm cottages`);
/** Abbreviations that mean something else without a house number ("St Mary's", "Dr Khan"). */
const STREET_NUMBERED_ONLY = words(`st dr ct pl sq ln`);
const FLAT_WORDS = words(`flat apartment apt unit no number`);

/** Words in place names; in "brook lane junior" they make a school or street name likely. */
const PLACE_WORDS = words(`
  oak elm ash birch beech willow willows rose lilac cherry maple hazel holly ivy laurel poplar
  rowan cedar pine chestnut meadow orchard river lake brook field fields wood woods hill hills
  green lane road park mill bridge gate station market castle farm valley spring well church
  chapel abbey manor grange priory high north south east west upper lower king's kings queen's
  queens victoria albert st saint
`);

const SCHOOL_TERMINALS = words(`school academy college primary secondary junior juniors infant infants high grammar prep university uni pru`);
/** Words that describe a kind of school and may sit between its name and "school". */
const SCHOOL_DESCRIPTORS = words(`
  primary secondary junior juniors infant infants high community church catholic c of e ce
  rc special free grammar prep school academy college sixth form boarding girls boys
`);

/** Words before a capitalised unknown word that make it a place rather than a person. */
const PLACE_PREPOSITIONS = words(`in near from outside around across`);
/** Verbs before "to" that do the same: "went to Blackpool". */
const TRAVEL_VERBS = words(`go goes going went gone been move moves moving moved travel travelled trip trips holiday drive drove`);

/** Months that are also names: "in May" is a month, "May said" a person. */
const MONTH_NAMES = words(`may june april jan`);
const MONTH_CONTEXT_BEFORE = words(`in on since until till by from of last next this every early late end start mid`);

/** Names that are also verbs, which often follow "my brother" or "my mum" as verbs. */
const VERB_LIKE_NAMES = words(`will may drew`);

/** National help lines: a child passing one on is not giving away a private number. */
const HELP_LINES = new Set([
  '08001111', // Childline
  '08088005000', // NSPCC helpline
  '116123', // Samaritans
  '116000', // Runaway Helpline
]);

// Only providers whose names are not everyday words, so "look at sky dot com" style chatter is left alone
const EMAIL_PROVIDERS = 'gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|btinternet|protonmail';

// ---------------------------------------------------------------------------------------------
// Pass 1: fixed shapes on the raw string.
// ---------------------------------------------------------------------------------------------

// Anchored at the start of a word, so a long word is not retried from each of its letters.
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+` +
    // "kyle at gmail dot com": children spell addresses out to dodge filters, or because they say them
    String.raw`|(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+\s*(?:@|\s+at\s+)(?:${EMAIL_PROVIDERS})\s*(?:\.|\s+dot\s+)\s*(?:com|co\s*\.\s*uk|co\s+dot\s+uk|net|org|uk)`,
  'giu',
);
/** Cheap test for whether a comment could hold an email address at all; most do not. */
const EMAIL_HINT = new RegExp(`@|${EMAIL_PROVIDERS}`, 'i');
/** A social-media handle ("add me @kyle_2009"): it names the child as surely as their name does. */
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/gu;
/**
 * A run of digits that could be a phone number, with the separators people type inside one.
 * Validated afterwards, group by group, so a house number before a phone number is not eaten.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}])(?:\+\s?)?\(?\d(?:[ .\-()]{0,3}\d)*/gu;
/**
 * UK postcodes in any case, with or without the space. The letter classes follow the
 * published format (single-letter areas are only B, E, G, L, M, N, S, W; the last two letters
 * never use C, I, K, M, O, V), which keeps "y10 1st" and similar school talk unmasked.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])((?:[BEGLMNSW]\d[A-HJKPSTUW\d]?|[A-PR-UWYZ][A-HK-Y]\d[A-Z\d]?)[ -]?)(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;
/** "b4 2nd period": a two-character outward code before an ordinal is text-speak, not a postcode. */
const ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/i;

function maskPostcodes(text: string, found: Set<MaskKind>): string {
  return text.replace(POSTCODE, (whole, outward: string, inward: string) => {
    if (outward.trim().length === 2 && ORDINAL.test(inward)) return whole;
    found.add('postcode');
    return '[postcode]';
  });
}

function maskPhones(text: string, found: Set<MaskKind>): string {
  return text.replace(DIGIT_RUN, (run) => {
    const out = maskPhoneRun(run);
    if (out !== run) found.add('phone');
    return out;
  });
}

/** A UK number spans at most this many digits ("+44 (0)20 7946 0000" is 13) and, typed by hand, this many groups. */
const MAX_PHONE_DIGITS = 13;
const MAX_PHONE_GROUPS = 6;

/**
 * Masks the UK phone numbers inside one digit run, group by group, so a house number or a
 * count before a phone number is kept. The search from each group looks at most a few groups
 * ahead, so a long run of digits costs time in proportion to its length.
 */
function maskPhoneRun(run: string): string {
  const groups: { start: number; end: number; digits: string }[] = [];
  let total = 0;
  for (const m of run.matchAll(/\d+/g)) {
    groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
    total += m[0].length;
  }
  if (total < 9) return run;
  const plus = run.trimStart().startsWith('+');
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < groups.length) {
    const j = phoneEnd(groups, i, plus && i === 0);
    if (j < 0) {
      i++;
      continue;
    }
    let from = i === 0 ? 0 : groups[i]!.start;
    // "12 (020) 7946 0000": the bracket or plus sign belongs to the number, not the house number
    while (from > cursor && (run[from - 1] === '(' || run[from - 1] === '+')) from--;
    out += `${run.slice(cursor, from)}[phone]`;
    cursor = groups[j]!.end;
    i = j + 1;
  }
  return out + run.slice(cursor);
}

/** The last group of the longest phone number starting at group `i`, full shapes before near-misses; -1 if none. */
function phoneEnd(groups: readonly { digits: string }[], i: number, plus: boolean): number {
  const candidates: { j: number; digits: string }[] = [];
  let digits = '';
  for (let j = i; j < groups.length && j < i + MAX_PHONE_GROUPS; j++) {
    digits += groups[j]!.digits;
    if (digits.length > MAX_PHONE_DIGITS) break;
    candidates.push({ j, digits });
  }
  for (const strict of [true, false]) {
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (!HELP_LINES.has(c.digits) && isPhoneNumber(c.digits, plus, strict)) return c.j;
    }
  }
  return -1;
}

function isPhoneNumber(digits: string, plus: boolean, strict: boolean): boolean {
  let national = digits;
  if ((plus && digits.startsWith('44')) || digits.startsWith('0044')) {
    national = digits.slice(digits.startsWith('0044') ? 4 : 2);
    // "+44 (0)20 ..." carries the trunk 0 as well
    if (!national.startsWith('0')) national = `0${national}`;
  }
  if (HELP_LINES.has(national)) return false;
  const n = national.length;
  if (national.startsWith('0')) return strict ? n === 10 || n === 11 : n === 9 || n === 12;
  // A mobile written without its leading 0 ("7700 900123")
  return strict && national.startsWith('7') && n === 10;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: words in context.
// ---------------------------------------------------------------------------------------------

interface Token {
  start: number;
  end: number;
  /** word, number, an earlier mask ("[phone]"), or any other single character */
  type: 'word' | 'num' | 'mask' | 'punct';
  /** as written */
  text: string;
  /** lower case, curly apostrophes made straight, without a possessive "'s" */
  base: string;
  /** length of a possessive ending ("'s", "’s", "'") kept after a mask */
  possessive: number;
  capitalised: boolean;
  /** `isOrdinaryWord(base)`, worked out once: several rules ask it of the same word */
  ordinary?: boolean;
  /** first word of a sentence (or the comment), where a capital says nothing */
  sentenceStart: boolean;
}

/** One token: a mask from the first pass (group 1), a word (2), a number (3) or any other character. */
const TOKEN =
  /(\[(?:name|phone|email|address|postcode|school)\])|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}]+)*(?:['’]s?)?)|(\p{N}+(?:\p{L}{1,2}(?![\p{L}\p{N}]))?)|\S/gu;
const UPPER = /^\p{Lu}/u;
const NON_ASCII = /[^\x00-\x7f]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atSentenceStart = true;
  let last = 0;
  let newline = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (newline >= 0 && newline < start) {
      // a line break since the last token starts a new sentence
      atSentenceStart = true;
      newline = text.indexOf('\n', start);
    }
    last = start + raw.length;
    if (m[1] !== undefined) {
      tokens.push({ start, end: last, text: raw, type: 'mask', base: raw.slice(1, -1), possessive: 0, capitalised: false, sentenceStart: false });
      atSentenceStart = false;
    } else if (m[3] !== undefined) {
      tokens.push({ start, end: last, text: raw, type: 'num', base: raw.toLowerCase(), possessive: 0, capitalised: false, sentenceStart: false });
      atSentenceStart = false;
    } else if (m[2] === undefined) {
      tokens.push({ start, end: last, text: raw, type: 'punct', base: raw, possessive: 0, capitalised: false, sentenceStart: false });
      if (raw === '.' || raw === '!' || raw === '?' || raw === ':' || raw === ';' || raw === '•') atSentenceStart = true;
    } else {
      let lower = raw.toLowerCase();
      if (NON_ASCII.test(lower)) lower = lower.replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
      let possessive = 0;
      if (lower.endsWith("'s")) possessive = 2;
      else if (lower.endsWith("'")) possessive = 1;
      // "it's", "he's" and "let's" are words in their own right, not possessives
      if (possessive === 2 && ORDINARY_WORDS.has(lower)) possessive = 0;
      const base = possessive ? lower.slice(0, -possessive) : lower;
      const first = raw.charCodeAt(0);
      const capitalised = first < 128 ? first >= 65 && first <= 90 : UPPER.test(raw);
      tokens.push({ start, end: last, text: raw, type: 'word', base, possessive, capitalised, sentenceStart: atSentenceStart });
      atSentenceStart = false;
    }
  }
  return tokens;
}

const SUFFIX_RULES: readonly [string, string][] = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['ily', 'y'], ['er', ''], ['er', 'e'], ['ier', 'y'], ['est', ''], ['iest', 'y'],
  ['ness', ''], ['ful', ''], ['less', ''], ['ment', ''], ['n\'t', ''],
];

/** Whether a lower-case word is an ordinary word, allowing for "-s", "-ed", "-ing" and similar endings. */
function isOrdinaryWord(word: string): boolean {
  if (ORDINARY_WORDS.has(word) || PROPER_WORDS.has(word)) return true;
  const bare = word.replace(/'/g, '');
  if (bare !== word && (ORDINARY_WORDS.has(bare) || PROPER_WORDS.has(bare))) return true;
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + replacement;
    if (ORDINARY_WORDS.has(stem)) return true;
    // "running", "stopped", "bigger": a doubled consonant before the ending
    const n = stem.length;
    if (replacement === '' && n > 2 && stem[n - 1] === stem[n - 2] && ORDINARY_WORDS.has(stem.slice(0, -1))) return true;
  }
  return false;
}

function ordinary(t: Token): boolean {
  return (t.ordinary ??= isOrdinaryWord(t.base));
}

function isKnownName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  // "kyles house": the apostrophe is often left out
  if (word.length > 3 && word.endsWith('s') && FIRST_NAMES.has(word.slice(0, -1)) && !isOrdinaryWord(word)) return true;
  if (word.includes('-')) return word.split('-').some((part) => FIRST_NAMES.has(part) && !ORDINARY_WORDS.has(part));
  return false;
}

/** A first name that is also an ordinary word ("will", "grace", "rose"). */
function isAmbiguousName(word: string): boolean {
  return FIRST_NAMES.has(word) && ORDINARY_WORDS.has(word);
}

/** A council's words, split into lower-case words and grouped by their first word for a quick look-up. */
type Phrases = Map<string, string[][]>;

function compilePhrases(list: readonly string[] | undefined): Phrases {
  const phrases: Phrases = new Map();
  if (!list) return phrases;
  for (const entry of list) {
    const parts = entry.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
    if (!parts.length) continue;
    const group = phrases.get(parts[0]!) ?? [];
    group.push(parts);
    phrases.set(parts[0]!, group);
  }
  // Longest first, so "ashby road" wins over "ashby"
  for (const group of phrases.values()) group.sort((x, y) => y.length - x.length);
  return phrases;
}

/** Which tokens the word pass has masked so far, and as what. */
interface Marks {
  tokens: Token[];
  kinds: (MaskKind | undefined)[];
}

/** A word token not yet masked. */
function free(marks: Marks, i: number): boolean {
  return i >= 0 && i < marks.tokens.length && marks.kinds[i] === undefined && marks.tokens[i]!.type === 'word';
}

function mark(marks: Marks, from: number, to: number, kind: MaskKind): void {
  for (let k = from; k <= to; k++) marks.kinds[k] = kind;
}

/**
 * Replaces names, addresses, schools, phone numbers, email addresses and postcodes in a
 * child's comment with "[name]", "[address]", "[school]", "[phone]", "[email]" and
 * "[postcode]", and says which kinds it masked.
 *
 * Run it on every comment before it is stored; run safeguarding checks on the raw text first,
 * since masking can hide who a worrying comment is about. National help lines (Childline
 * 0800 1111, NSPCC 0808 800 5000, Samaritans 116 123) are left as written: they identify no one
 * and a reader should see that a child passed one on. A council's own words go in `extraNames`
 * (always masked as "[name]") and `extraPlaces` (masked as "[address]", or as part of a
 * "[school]" when a school word follows).
 */
export function redactComment(text: string, options: RedactionOptions = {}): Redaction {
  const found = new Set<MaskKind>();
  let s = text;
  if (EMAIL_HINT.test(s)) {
    s = s.replace(EMAIL, () => (found.add('email'), '[email]'));
    s = s.replace(HANDLE, () => (found.add('name'), '[name]'));
  }
  s = maskPhones(s, found);
  s = maskPostcodes(s, found);

  const tokens = tokenize(s);
  const marks: Marks = { tokens, kinds: new Array<MaskKind | undefined>(tokens.length) };
  const capsMeaningful = capitalsCarryMeaning(tokens);
  const extraPlaces = compilePhrases(options.extraPlaces);
  const extraPlaceWords = new Set<string>();
  for (const group of extraPlaces.values()) for (const phrase of group) for (const w of phrase) extraPlaceWords.add(w);
  const ctx: Context = { tokens, marks, capsMeaningful, extraPlaceWords };

  maskPhrases(ctx, compilePhrases(options.extraNames), 'name');
  maskSchools(ctx);
  maskPhrases(ctx, extraPlaces, 'address');
  maskAddresses(ctx);
  maskNamesInContext(ctx);
  maskNamesByList(ctx);
  maskCapitalisedWords(ctx);
  maskUnfamiliarWordsInContext(ctx);
  maskRepeats(ctx);

  return { text: assemble(s, tokens, marks.kinds, found), masked: MASK_KINDS.filter((k) => found.has(k)).sort() };
}

interface Context {
  tokens: Token[];
  marks: Marks;
  /** false when the comment is in capitals or Title Case throughout, so a capital says nothing */
  capsMeaningful: boolean;
  extraPlaceWords: Set<string>;
}

/**
 * Whether a capital letter inside a sentence is a signal. A comment shouted in capitals, or
 * written With Every Word Capitalised, would otherwise have every unfamiliar word masked.
 * Only ordinary words are counted: names are capitalised anyway, so "I love Taylor Swift and
 * Harry Styles" still uses capitals normally.
 */
function capitalsCarryMeaning(tokens: Token[]): boolean {
  let inner = 0;
  let capitalisedInner = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.sentenceStart || t.base === 'i' || t.base.length < 2 || !ordinary(t)) continue;
    inner++;
    if (t.capitalised) capitalisedInner++;
  }
  return inner < 3 || capitalisedInner / inner <= 0.5;
}

/** A capital that says "proper noun": not the first word of a sentence, and the comment uses capitals normally. */
function meaningfulCapital(ctx: Context, t: Token): boolean {
  if (!ctx.capsMeaningful || !t.capitalised || t.sentenceStart) return false;
  // An ordinary word in capitals is shouting ("KYLE HIT ME"), not a name
  return !(t.base.length > 1 && t.text === t.text.toUpperCase() && ordinary(t));
}

function maskPhrases(ctx: Context, phrases: Phrases, kind: MaskKind): void {
  if (!phrases.size) return;
  const { tokens, marks } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(marks, i)) continue;
    const group = phrases.get(tokens[i]!.base);
    if (!group) continue;
    for (const phrase of group) {
      let k = 0;
      while (k < phrase.length && free(marks, i + k) && tokens[i + k]!.base === phrase[k]) k++;
      if (k === phrase.length) {
        mark(marks, i, i + k - 1, kind);
        i += k - 1;
        break;
      }
    }
  }
}

/** A word that could be part of a school's or street's own name. */
function nameLike(ctx: Context, t: Token): boolean {
  if (t.type !== 'word' || FUNCTION_WORDS.has(t.base)) return false;
  if (PLACE_WORDS.has(t.base) || ctx.extraPlaceWords.has(t.base) || isKnownName(t.base)) return true;
  if (meaningfulCapital(ctx, t) && !PROPER_WORDS.has(t.base)) return true;
  return !ordinary(t);
}

/**
 * "Oakfield Academy", "St Mary's primary", "Hilltop High School", "brook lane junior": one to
 * three name-like words, then school words. "my school", "high school" and "to college" have
 * no name-like word and stay as they are.
 */
function maskSchools(ctx: Context): void {
  const { tokens, marks } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!free(marks, i)) continue;
    const isTerminal = SCHOOL_TERMINALS.has(t.base) || (t.base === 'form' && tokens[i - 1]?.base === 'sixth');
    if (!isTerminal) continue;
    // step back over words that say what kind of school it is ("high" in "Hilltop High School")
    let j = i - 1;
    while (j >= 0 && free(marks, j) && SCHOOL_DESCRIPTORS.has(tokens[j]!.base) && i - j <= 3) j--;
    let first = j + 1;
    let count = 0;
    while (j >= 0 && count < 3 && free(marks, j)) {
      const w = tokens[j]!;
      if (!(nameLike(ctx, w) || w.base === 'st' || w.base === 'saint')) break;
      first = j;
      count++;
      j--;
    }
    if (count === 0) continue;
    let last = i;
    while (free(marks, last + 1) && (SCHOOL_TERMINALS.has(tokens[last + 1]!.base) || SCHOOL_DESCRIPTORS.has(tokens[last + 1]!.base)) && tokens[last + 1]!.base !== 'boys' && tokens[last + 1]!.base !== 'girls') last++;
    mark(marks, first, last, 'school');
    i = last;
  }
}

function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'num' && /^\d{1,4}[a-z]?$/.test(t.base);
}

/**
 * Street addresses: "12 Elm Road", "flat 3 44 oak st", "Rose Court", "ashfield estate".
 * With a house number any words before a street word count; without one, the street word
 * must follow a name-like word, and the words that are also everyday words ("close", "way",
 * "park", "court") need capitals or an unfamiliar word before them.
 */
function maskAddresses(ctx: Context): void {
  const { tokens, marks } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!free(marks, i)) continue;
    const strong = STREET_STRONG.has(t.base);
    const weak = STREET_WEAK.has(t.base);
    const numberedOnly = STREET_NUMBERED_ONLY.has(t.base);
    if (!strong && !weak && !numberedOnly) continue;

    // With a house number: up to three words between the number and the street word.
    let numbered = -1;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      const w = tokens[j]!;
      if (isNumberToken(w) && marks.kinds[j] === undefined && j < i - 1) {
        numbered = j;
        break;
      }
      if (!free(marks, j) || FUNCTION_WORDS.has(w.base)) break;
      if (weak && !nameLike(ctx, w) && !w.capitalised) break;
    }
    if (numbered >= 0) {
      let first = numbered;
      let k = first - 1;
      if (tokens[k]?.base === ',') k--;
      if (isNumberToken(tokens[k]) && FLAT_WORDS.has(tokens[k - 1]?.base ?? '')) first = k - 1; // "flat 3, 44 oak st"
      else if (FLAT_WORDS.has(tokens[first - 1]?.base ?? '')) first -= 1; // "flat 3 rose court", "number 12 elm road"
      mark(marks, first, i, 'address');
      continue;
    }
    if (numberedOnly) continue;

    const w1 = tokens[i - 1];
    if (!w1 || !free(marks, i - 1) || FUNCTION_WORDS.has(w1.base)) continue;
    const w2 = tokens[i - 2];
    const w2Free = w2 !== undefined && free(marks, i - 2) && !FUNCTION_WORDS.has(w2.base);
    let qualifies: boolean;
    let w2Joins: boolean;
    if (strong) {
      qualifies = nameLike(ctx, w1) || (w2Free && nameLike(ctx, w2!));
      w2Joins = w2Free && nameLike(ctx, w2!);
    } else {
      // "Kyle's house", "my mate's place": a possessive names the owner, not the street
      if (w1.possessive) continue;
      const unfamiliar = !ordinary(w1) || ctx.extraPlaceWords.has(w1.base);
      const titled = ctx.capsMeaningful && w1.capitalised && t.capitalised && !PROPER_WORDS.has(w1.base);
      qualifies = unfamiliar || titled;
      w2Joins = w2Free && ctx.capsMeaningful && w2!.capitalised && !w2!.sentenceStart && !PROPER_WORDS.has(w2!.base);
    }
    if (!qualifies) continue;
    mark(marks, w2Joins ? i - 2 : i - 1, i, 'address');
  }
}

/** The next word token after i, stepping over one comma ("my sw, Sarah"). */
function nextWordIndex(tokens: Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.base === ',') j++;
  return tokens[j]?.type === 'word' ? j : -1;
}

/**
 * After a relation word, "will", "may" and "drew" are names only when a verb form or a
 * joining word follows: "my brother will is 12", "my sister may said", but not "my brother
 * will help me" or "my mum drew a picture".
 */
function nameFollowsVerbLikeName(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.type !== 'word') return true;
  const w = next.base;
  if (NAME_JOINERS.has(w)) return true;
  return (w.endsWith('s') && !w.endsWith('ss') && w !== 'us' && w !== 'this' && w !== 'his') || w.endsWith('ed');
}

const NAME_JOINERS = words(`and or who is was has had said told says lives`);

/** The word index a title, relation word or "called" points at, or -1 when the context does not name anyone. */
function namedByContext(ctx: Context, i: number): number {
  const { tokens, marks } = ctx;
  const t = tokens[i]!;
  const base = t.base;

  if (TITLES.has(base) && !t.possessive) {
    const j = nextWordIndex(tokens, tokens[i + 1]?.base === '.' ? i + 1 : i);
    if (j < 0 || !free(marks, j)) return -1;
    const w = tokens[j]!;
    if (w.base.length > 1 && FUNCTION_WORDS.has(w.base)) return -1;
    if (PROPER_WORDS.has(w.base)) return -1;
    // "mr", "mrs" are only ever titles; "miss", "sir", "dr" are also everyday words ("i miss home")
    const certainTitle = UNAMBIGUOUS_TITLES.has(base) || meaningfulCapital(ctx, t) || (t.capitalised && w.capitalised && ctx.capsMeaningful);
    const nameish = certainTitle || isKnownName(w.base) || !ordinary(w) || w.base.length === 1 || meaningfulCapital(ctx, w);
    return nameish ? j : -1;
  }

  let j = -1;
  if (NAMING_WORDS.has(base) || (base === 'names' && !t.possessive) || (base === 'name' && t.possessive === 2)) {
    j = nextWordIndex(tokens, i); // "called amir", "my names kyle", "her name's Jo"
  } else if (base === 'name' && !t.possessive) {
    const k = nextWordIndex(tokens, i); // "my name is amir"
    if (k >= 0 && (tokens[k]!.base === 'is' || tokens[k]!.base === 'was')) j = nextWordIndex(tokens, k);
  } else if (RELATION_WORDS.has(base)) {
    j = nextWordIndex(tokens, i);
    if (j < 0 || !free(marks, j)) return -1;
    const w = tokens[j]!;
    if (FUNCTION_WORDS.has(w.base) || RELATION_WORDS.has(w.base) || TITLES.has(w.base) || PROPER_WORDS.has(w.base)) return -1;
    if (isAmbiguousName(w.base)) return !VERB_LIKE_NAMES.has(w.base) || nameFollowsVerbLikeName(tokens, j) ? j : -1;
    return isKnownName(w.base) || !ordinary(w) || meaningfulCapital(ctx, w) ? j : -1;
  } else {
    return -1;
  }
  if (j < 0 || !free(marks, j)) return -1;
  const w = tokens[j]!;
  if (FUNCTION_WORDS.has(w.base) || PROPER_WORDS.has(w.base)) return -1;
  // "called me names", "called the police", "called back": an ordinary word is not a name here, unless it is one ("called Hope")
  return FIRST_NAMES.has(w.base) || !ordinary(w) || meaningfulCapital(ctx, w) ? j : -1;
}

/**
 * Names known from the words around them: after a title ("Miss Khan", "mr jones"), after a
 * relation word ("my sw sarah", "foster mum Linda", "my PA Jo"), after "called" or "named",
 * and a surname straight after a masked first name.
 */
function maskNamesInContext(ctx: Context): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.type !== 'word') continue;
    const j = namedByContext(ctx, i);
    if (j < 0) continue;
    mark(ctx.marks, j, j, 'name');
    maskSurname(ctx, j);
  }
}

/** "kyle smith", "Sarah Green": the word after a masked name, if it is unfamiliar or capitalised. */
function maskSurname(ctx: Context, j: number): void {
  const { tokens, marks } = ctx;
  const k = j + 1;
  if (tokens[j]!.possessive || !free(marks, k)) return;
  const w = tokens[k]!;
  if (FUNCTION_WORDS.has(w.base) || PROPER_WORDS.has(w.base) || RELATION_WORDS.has(w.base)) return;
  if (!ordinary(w) || (isKnownName(w.base) && !isAmbiguousName(w.base)) || meaningfulCapital(ctx, w)) mark(marks, k, k, 'name');
}

/**
 * The built-in first names. A name that is also an ordinary word is masked only with a
 * capital inside a sentence, and "May", "June", "April" and "Jan" not when they read as months.
 */
function maskNamesByList(ctx: Context): void {
  const { tokens, marks } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(marks, i)) continue;
    const t = tokens[i]!;
    if (!isKnownName(t.base)) continue;
    if (isAmbiguousName(t.base)) {
      if (!meaningfulCapital(ctx, t)) continue;
      if (MONTH_NAMES.has(t.base) && readsAsMonth(tokens, i)) continue;
    }
    mark(marks, i, i, 'name');
    maskSurname(ctx, i);
  }
}

function readsAsMonth(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before !== undefined && MONTH_CONTEXT_BEFORE.has(before.base)) || (after !== undefined && after.type === 'num');
}

/**
 * Capitalised words inside a sentence that are neither ordinary words nor known brands and
 * places: most likely a person ("me and Tayla went"), or a place after "in", "near", "from".
 */
function maskCapitalisedWords(ctx: Context): void {
  const { tokens, marks } = ctx;
  if (!ctx.capsMeaningful) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(marks, i)) continue;
    const t = tokens[i]!;
    if (!t.capitalised || t.sentenceStart || t.base === 'i') continue;
    if (ordinary(t) || (t.base.includes('-') && t.base.split('-').every(isOrdinaryWord))) continue;
    const before = tokens[i - 1];
    const beforeThat = tokens[i - 2];
    // "moved to Derby", "went to Blackpool": somewhere, not someone
    const movedTo = before?.base === 'to' && beforeThat !== undefined && TRAVEL_VERBS.has(beforeThat.base);
    const kind: MaskKind = before && (PLACE_PREPOSITIONS.has(before.base) || movedTo) || besideAPlace(ctx, i) ? 'address' : 'name';
    mark(marks, i, i, kind);
  }
}

/** "27b Station Road, Brigg DN20 8AB": a word between an address and a postcode is a town. */
function besideAPlace(ctx: Context, i: number): boolean {
  const { tokens, marks } = ctx;
  const isPlace = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    if (t.type === 'mask') return t.base === 'address' || t.base === 'postcode';
    return marks.kinds[k] === 'address' || marks.kinds[k] === 'postcode';
  };
  const before = tokens[i - 1]?.base === ',' ? i - 2 : i - 1;
  const after = tokens[i + 1]?.base === ',' ? i + 2 : i + 1;
  return isPlace(before) || isPlace(after);
}

/** Words before an unfamiliar lower-case word that make it a person: "i live with jaylen", "to see tayla". */
const PERSON_BEFORE = words(`with see visit visiting meet met hug text call ring phone love`);
/** Words after one that do the same: "tayla said", "jaylen told me". */
const PERSON_AFTER = words(`said says told tells asked shouted hit hits lives`);
/**
 * Weaker cues, taken only for a capitalised word: "Tayla is my best friend" starts a sentence,
 * where the capital alone says nothing. In lower case they would catch every everyday noun
 * missing from the word lists ("the waiting list is too long").
 */
const PERSON_AFTER_CAPITALISED = words(`is was has who helps helped came comes gave gives took takes`);

/**
 * Children rarely capitalise, so a name outside the built-in list often arrives in lower case.
 * An unfamiliar word (not an ordinary word, brand or place) is taken for a name where a person
 * is expected: after "with", "see", "me and"; before "said", "told", "and me"; with a
 * possessive ending; or, capitalised, before "is", "was", "has" (a name starting a sentence,
 * where the capital says nothing). A misspelt word can be caught too; that over-masking is
 * accepted.
 */
function maskUnfamiliarWordsInContext(ctx: Context): void {
  const { tokens, marks } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(marks, i)) continue;
    const t = tokens[i]!;
    if (t.base.length < 3 || FUNCTION_WORDS.has(t.base) || ordinary(t)) continue;
    if (t.base.includes('-') && t.base.split('-').every(isOrdinaryWord)) continue;
    const b1 = tokens[i - 1]?.base ?? '';
    const b2 = tokens[i - 2]?.base ?? '';
    const a1 = tokens[i + 1]?.base ?? '';
    const a2 = tokens[i + 2]?.base ?? '';
    const person =
      t.possessive > 0 ||
      PERSON_BEFORE.has(b1) ||
      (b1 === 'and' && (b2 === 'me' || b2 === 'i' || marks.kinds[i - 2] === 'name')) ||
      PERSON_AFTER.has(a1) ||
      (t.capitalised && PERSON_AFTER_CAPITALISED.has(a1)) ||
      (a1 === 'and' && (a2 === 'me' || a2 === 'i'));
    if (person) mark(marks, i, i, 'name');
  }
}

/** Once a word has been masked as a name, every other use of it in the comment is masked too ("tayla ... tayla said"). */
function maskRepeats(ctx: Context): void {
  const { tokens, marks } = ctx;
  const named = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // An ambiguous name ("Will came") must not take "will" everywhere with it.
    if (marks.kinds[i] === 'name' && t.type === 'word' && !ordinary(t)) named.add(t.base);
  }
  if (!named.size) return;
  for (let i = 0; i < tokens.length; i++) if (free(marks, i) && named.has(tokens[i]!.base)) mark(marks, i, i, 'name');
}

/** Rebuilds the text, writing one mask per run of same-kind masked words and keeping a possessive ending at the end of a run. */
function assemble(s: string, tokens: Token[], kinds: (MaskKind | undefined)[], found: Set<MaskKind>): string {
  let out = '';
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i];
    if (kind === undefined) continue;
    const t = tokens[i]!;
    found.add(kind);
    // Extend the run while the next token is masked the same way with only spaces between:
    // "[name] [name]" and "St Mary's primary" each read as one mask.
    let last = i;
    while (kinds[last + 1] === kind && /^[ \t]*$/.test(s.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    const end = tokens[last]!;
    out += `${s.slice(cursor, t.start)}[${kind}]${end.possessive ? s.slice(end.end - end.possessive, end.end) : ''}`;
    cursor = end.end;
    i = last;
  }
  return out + s.slice(cursor);
}
