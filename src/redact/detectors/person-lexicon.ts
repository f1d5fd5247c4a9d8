// Closed word classes the person detector reads around capitalised words. Hand-written: these are
// grammar, not data, and they override the name list (which holds "Will", "May" and "An").

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Never part of a name, even capitalised: pronouns, determiners, prepositions, auxiliaries, … */
export const FUNCTION_WORDS = words(`
  a an the o this that these those there here it its it's i i'm i'll i've i'd me my mine we we're our ours us
  you you're your yours he he's him his she she's her hers they they're them their theirs who whom whose
  what which when where why how whether if then than so as at by for from in into of off on onto out over
  per to up upon via with within without about above across after against along among around before
  behind below beneath beside besides between beyond but despite down during except inside like near
  since through throughout till toward towards under underneath unlike until and or nor yet both either
  neither not no yes ok okay is are was were be been being am do does did done doing have has had having
  can could shall should will would may might must let let's please thanks thank hello hi hey dear
  all any each every some many much more most other another such only also just even still very too
  now today tomorrow yesterday always never often sometimes once twice again ever
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  mr mrs ms miss mx dr prof sir dame madam st
  north south east west northern southern eastern western central
  new old great good best first last next previous same own
  note example error warning usage returns return type see also
  chapter section part step figure table page version release
  we'll we've we'd you'll you've you'd he'll she'll they'll they've they'd it'll that's what's there's
  here's who's don't can't won't isn't aren't wasn't weren't doesn't didn't haven't hasn't hadn't
  couldn't wouldn't shouldn't
  bot user assistant system agent human ai customer support operator admin moderator host guest
  english french german spanish italian portuguese dutch greek russian polish czech chinese japanese
  korean arabic hindi turkish swedish danish norwegian finnish hungarian hebrew persian thai
  american british european african asian australian canadian mexican brazilian indian irish scottish
  welsh latin
  windows linux unix apache android ubuntu debian fedora docker kubernetes python java javascript
  typescript kotlin php perl github gitlab bitbucket redis postgres mysql mongodb nginx chrome firefox
  safari google microsoft amazon azure openai
`);

/** Titles before a name ("Dr Ruiz"): context, not part of the name. */
export const TITLES = words(`
  mr mrs ms miss mx dr prof sir dame madam lady lord herr frau mme mlle sr sra srta señor señora
  rev fr capt sgt lt col gen maj cpt det insp officer judge senator president mayor
  `);

/** The word just before a name that makes even an unfamiliar or ambiguous word a name. */
export const CUES_BEFORE = words(`
  hi hello hey dear thanks thank regards sincerely cheers yours named called nicknamed dubbed
  starring featuring feat says said by meet ask tell cc attn attention signed
  son daughter wife husband mother father mom mum dad brother sister uncle aunt cousin grandma
  grandpa grandmother grandfather niece nephew kid kids child baby boyfriend girlfriend partner
  fiancé fiancée friend boss colleague coworker manager neighbour neighbor landlord tenant
  patient client customer student teacher doctor nurse lawyer roommate mr mrs ms miss dr prof
`);

/** Of those, the ones that introduce a name whatever the word ("starring Key", "named Hope"). */
export const STRONG_CUES_BEFORE = words(`named called nicknamed dubbed starring featuring feat signed attn`);

/** Phrases ending just before a name ("my name is", "call me", "Name:"). */
export const PHRASE_BEFORE =
  /(?:name is|name's|names? ?:|call me|i am|i'm|this is|is called|named|surname|first name|last name|maiden name|full name|contact person|recipient|signed|(?:named|call|called|calls) (?:him|her|them|me|it))[,:]?\s{0,3}$/i;
/** Words that end those phrases: the phrase is read only after one of them. */
export const PHRASE_ENDS = words(`is name's name names me am i'm called named surname signed recipient person him her them it`);

/** Form fields that are names too ("Name:", "Date:"): a colon after them is no speaker label. */
export const FIELD_LABELS = words(`
  name date address phone email mail subject title note notes time status type summary description
  company city state country code number account contact message reply answer question comment
  position role job department location street zip e-mail website web url fax mobile tel cell
  age gender sex occupation personality appearance background traits interests likes dislikes
  hobbies goal goals character characters persona scenario setting world story plot genre tone
  style mood voice audience topic task context input output instructions instruction rules rule
  format example examples options option choices choice explanation solution hint text passage
  sentence prompt response result results step steps test tests source target language level
  score rating priority owner assignee reviewer author version license category tags tag keywords
  species race class faction relationship relationships skills abilities weakness weaknesses
  strengths occupation nationality origin height weight build hair eyes outfit clothing quote
  motto catchphrase greeting backstory history description purpose objective objectives summary
  item items product price quantity total subtotal tax discount model brand color size reason
  reasoning rationale why benefit benefits pros cons impact effect risk risks fix issue problem
`);

/** A verb of speech or a name-taking verb right after a name ("Iwase says", "Anna wrote"). */
export const SPEECH_AFTER =
  /^,?\s{1,2}(?:says|said|told|tells|asks|asked|wrote|writes|replied|replies|added|explained|noted|tweeted|argues|argued|recalls|recalled|explains|answered|answers|smiled|laughed|nodded|shouted|whispered)\b/i;

/** Particles inside a name, written lower case ("Ludwig van Beethoven", "Maika van de Noort"). */
export const PARTICLES = words('van von de da del della di du le la den der ten ter dos das bin ibn al el');
