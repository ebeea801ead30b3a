// Closed word classes the extractor's grammar relies on: what a head noun means, what bounds a clause, what marks modality.
import { verbForms } from "../relations/inflect.js";

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*,\s*|\s+/));

/** Head nouns that make "<demonym> X" or "<state> X" mean the state itself: its government, forces, officials. */
export const STATE_AGENT_NOUNS = set(`
  government governments administration regime military army armies forces force troops soldiers soldier marines
  navy air-force police policemen ministry ministries officials official authorities leader leaders leadership
  president premier pm chancellor minister ministers secretary counterpart counterparts diplomat diplomats envoy
  envoys ambassador embassy delegation delegates negotiators cabinet parliament legislature junta king queen emir
  sultan prince monarch spokesman spokeswoman spokesperson commander commanders generals general warplanes planes
  jets helicopters gunships tanks tank artillery drones warships ships vessels missiles gunboats units battalion
  brigade division regiment intelligence agents security side state
`);

/** Head nouns that make "<demonym> X" mean that state's rebels (`<ISO3>_REBELS`). */
export const REBEL_NOUNS = set(`
  rebels rebel insurgents insurgent militants militant gunmen gunman guerrillas guerrilla separatists separatist
  kidnappers hostage-takers extremists jihadists terrorists militia militias militiamen
`);

/** Heads that denote private people: "<demonym> X" is then no actor at all. */
export const PERSON_NOUNS = set(`
  man men woman women people person civilians civilian journalist journalists reporter reporters worker workers
  hostage hostages student students tourist tourists citizen citizens national nationals pilgrims residents
  children child engineer engineers businessman businessmen doctor doctors cleric clerics scholar academic
  immigrants immigrant refugees refugee families family voters fans players player team driver drivers
  villagers protesters demonstrators crowd crowds victims victim prisoners prisoner detainees detainee
  newspaper newspapers media press paper company firm firms bank banks investors traders analysts economists
  captives captive witness witnesses activists activist teenager teenagers boy boys girl girls priest
  community minority majority muslims christians jews shiites sunnis kurds pilot pilots crew sailors
`);

/** Titles that, with a demonym or a state before them, name an office holder acting for that state. */
export const TITLE_WORDS = set(`
  president premier pm chancellor minister secretary counterpart envoy ambassador spokesman spokeswoman king queen
  emir sultan prince leader chief official general commander diplomat
`);

/** Prepositions after which a capital or state name is a place, not an actor ("met in Washington"). */
export const LOCATIVE_PREPS = set(`
  in at to from near outside inside into across through around throughout within toward towards via along off
  over under onto between north south east west
`);

/** Verbs that introduce reported speech: their subject is the speaker, not an actor of the reported clause. */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding announce announces announced report reports
  reported claim claims claimed insist insists insisted state states stated note notes noted explain explained
  confirm confirms confirmed deny denies denied believe believes believed think thinks thought warn warns warned
  suggest suggests suggested reiterate reiterated reiterating argue argued argues quote quoted
`);

/** Words that open a subordinate clause: a subject is never looked for across them. */
export const CLAUSE_OPENERS = set(`
  that whether if because while when although though since unless after before as where whereas until once
`);

export const RELATIVE_PRONOUNS = set(`which who whom whose that`);

export const NEGATORS = set(`not n't no never none neither nor without cannot`);

/** Verbs whose infinitive complement is refused: "refused to attack" is negated. */
export const REFUSAL_VERBS = set(`
  refuse refuses refused refusing decline declines declined declining reject rejects rejected rejecting
  deny denies denied denying rule ruled fail fails failed failing avoid avoids avoided stop stops stopped
`);

/** Words that make a claim intended: agreed, planned, promised, ready to, will. */
export const INTENTION_WORDS = set(`
  will 'll shall agree agrees agreed agreeing plan plans planned planning ready prepared promise promises
  promised pledge pledges pledged vow vows vowed offer offers offered decide decides decided intend intends
  intended aim aims aimed set expected expect expects want wants wanted seek seeks sought going propose
  proposes proposed proposing commit commits committed committing undertake
`);

/** Words that make a claim hypothetical: whether, if, could, possibility. */
export const HYPOTHETICAL_WORDS = set(`
  whether if could might may would possibility possible possibly consider considers considering considered
  explore explores exploring explored unless perhaps likely unlikely potential potentially capable
  urge urges urged urging demand demands demanded demanding ask asks asked asking
`);

export const PRONOUNS = set(`he she it they him her them his its their hers theirs`);

/** Day words: "attacks Friday on ...", "India today signed": a time, never an actor or a phrase's head. */
export const DAY_WORDS = set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight`,
);

/** Periods that follow "next", "last", "this" ("next week"). */
export const PERIOD_WORDS = set(`week month year weekend spring summer autumn fall winter time`);

/** Heads of time expressions, which are never the subject of a clause. */
export const TIME_HEADS: ReadonlySet<string> = new Set([
  ...DAY_WORDS,
  ...PERIOD_WORDS,
  ...["morning", "evening", "night", "afternoon"],
]);

/**
 * Verbs whose subject comments on, suffers, stops or mediates an event rather than taking part in it: "Egypt
 * condemned the attack on Israel" does not make Egypt the attacker, unlike "Egypt launched an attack on Israel".
 */
export const COMMENT_VERBS: ReadonlySet<string> = new Set(
  `condemn denounce deplore decry criticise criticize blame deny investigate probe report mourn protest
   fear survive suffer witness repel repulse foil thwart avert prevent document mediate`
    .trim()
    .split(/\s+/)
    .flatMap(verbForms),
);

/** Verbs that stop a conflict: "Turkey agreed to end the war with Greece" is no intention to fight (but "ended a
 * visit to Italy" still was a visit). */
export const END_VERBS: ReadonlySet<string> = new Set(
  "end stop halt resolve settle".split(" ").flatMap(verbForms),
);

/**
 * Verbs by which a named event (talks, a war) takes place: "talks between X and Y will resume". Not "continue":
 * "strikes will continue" says they are under way.
 */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set(
  "happen occur begin start resume open erupt break take go hold convene".split(" ").flatMap(verbForms),
);

/** Verbs by which a named event does not take place: "talks between X and Y were cancelled". */
export const CANCEL_VERBS: ReadonlySet<string> = new Set([
  ..."cancel postpone scrap shelve".split(" ").flatMap(verbForms),
  "cancelled",
  "cancelling",
]);

/** Nouns of businesses: "the U.S. firm Amoco", "a Japanese trading house" are no state. */
export const COMPANY_NOUNS = set(`
  firm firms company companies corporation corporations corp corp. inc inc. ltd ltd. plc conglomerate conglomerates
  airline airlines carrier carriers insurer insurers exporter exporters importer importers manufacturer manufacturers
  automaker automakers carmaker carmakers brokerage brokerages subsidiary subsidiaries
`);

/** Event nouns a capital before them locates ("the Geneva talks", "the Jakarta bombing"); with other nouns the
 * capital acts ("a Khartoum bid", "Moscow's support"). */
export const VENUE_HEADS = set(`
  talks meeting meetings summit summits conference conferences negotiations forum session sessions round rounds
  agreement accord accords treaty declaration process bombing bombings attack attacks blast blasts explosion
  explosions massacre siege riots protests rally rallies
`);
