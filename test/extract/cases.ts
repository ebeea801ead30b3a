// Table of extraction phenomena, each with sentences of our own (never gold-set text).

/** [source, relation, target, modality?]; modality defaults to any claim modality (asserted or intended). */
export type Edge = [string, string, string, string?];

export interface Case {
  name: string;
  text: string;
  expect: Edge[];
  /** Edges that must not appear (in any modality unless given). */
  forbid?: Edge[];
  date?: string;
}

export const CASES: Case[] = [
  // Actors
  { name: "state names act", text: "Egypt condemned Libya on Monday.", expect: [["EGY", "opposes", "LBY"]] },
  {
    name: "demonym with military head noun",
    text: "The Turkish army shelled Syrian positions overnight.",
    expect: [["TUR", "fights", "SYR"]],
  },
  {
    name: "plural demonym as actor",
    text: "The Russians attacked Georgia in August.",
    expect: [["RUS", "fights", "GEO"]],
  },
  {
    name: "capital as metonym when it acts",
    text: "Moscow criticized Washington over the missile shield.",
    expect: [["RUS", "opposes", "USA"]],
  },
  {
    name: "capital as a place is no actor",
    text: "Delegates met in Washington to discuss trade.",
    expect: [],
  },
  {
    name: "institution metonym",
    text: "The Kremlin condemned NATO on Tuesday.",
    expect: [["RUS", "opposes", "NATO"]],
  },
  {
    name: "organisation aliases resolve",
    text: "Hezbollah fighters clashed with ISIL near the border.",
    expect: [["HEZBOLLAH", "fights", "ISLAMIC_STATE"]],
  },
  {
    name: "country-qualified rebels",
    text: "Afghan insurgents attacked NATO troops in Helmand.",
    expect: [["AFG_REBELS", "fights", "NATO"]],
  },
  {
    name: "titled person acts for the state",
    text: "French Foreign Minister Pierre Dupont met his German counterpart on Friday.",
    expect: [["FRA", "meets-with", "DEU"]],
  },
  {
    name: "private people are no actors",
    text: "Iraqi students protested against the French journalists.",
    expect: [],
  },
  // Structure
  {
    name: "two actors in one sentence is not an edge",
    text: "Officials from Peru and Chile attended the ceremony.",
    expect: [],
  },
  {
    name: "passive voice",
    text: "Ukraine was attacked by Russia overnight.",
    expect: [["RUS", "fights", "UKR"]],
  },
  {
    name: "relative clause subject",
    text: "They praised Canada, which has supported Ukraine since the war began.",
    expect: [["CAN", "supports", "UKR"]],
  },
  {
    name: "coordinated partners",
    text: "Jordan agreed to share intelligence with Egypt, Saudi Arabia and Kuwait.",
    expect: [
      ["JOR", "shares-intel-with", "EGY"],
      ["JOR", "shares-intel-with", "SAU"],
      ["JOR", "shares-intel-with", "KWT"],
    ],
  },
  {
    name: "coordinated subjects of a symmetric relation",
    text: "India and Japan agreed to share intelligence on piracy.",
    expect: [["IND", "shares-intel-with", "JPN"]],
  },
  {
    name: "topic is not a partner",
    text: "Germany and France will share information on al-Qaeda.",
    expect: [["DEU", "shares-intel-with", "FRA"]],
    forbid: [
      ["DEU", "shares-intel-with", "AL_QAEDA"],
      ["FRA", "shares-intel-with", "AL_QAEDA"],
    ],
  },
  {
    name: "reported speech is about the reported actor",
    text: "The spokesman said that Beijing was ready to cooperate with Pakistan.",
    expect: [["CHN", "cooperates-with", "PAK"]],
  },
  {
    name: "noun trigger with a possessor",
    text: "Israel's offensive against Hamas entered its third week.",
    expect: [["ISR", "fights", "HAMAS"]],
  },
  {
    name: "noun trigger with a demonym modifier",
    text: "Saudi air strikes on Houthi rebels continued.",
    expect: [["SAU", "fights", "HOUTHIS"]],
  },
  {
    name: "light verb with a noun trigger",
    text: "Iran held talks with Oman in Muscat.",
    expect: [["IRN", "meets-with", "OMN"]],
  },
  {
    name: "participle shares the subject",
    text: "Israeli jets struck Gaza City, killing five Palestinians.",
    expect: [["ISR", "fights", "PSE"]],
  },
  {
    name: "sanctions",
    text: "The European Union imposed sanctions on Belarus.",
    expect: [["EU", "sanctions", "BLR"]],
  },
  {
    name: "threats",
    text: "North Korea threatened South Korea with retaliation.",
    expect: [["PRK", "threatens", "KOR"]],
  },
  {
    name: "ally apposition",
    text: "Russian allies Belarus and Armenia backed the plan.",
    expect: [
      ["BLR", "allies-with", "RUS"],
      ["ARM", "allies-with", "RUS"],
    ],
  },
  {
    name: "title-case headline joined to the text",
    text: "Egypt Condemns Raid Near Rafah Egyptian officials condemned Israel on Monday.",
    expect: [["EGY", "opposes", "ISR"]],
  },
  {
    name: "unqualified rebels take the state they fight in",
    text: "Maoist rebels ambushed soldiers in western Nepal on Sunday.",
    expect: [["NPL_REBELS", "fights", "NPL"]],
  },
  {
    name: "a day name ends a noun phrase",
    text: "Somali insurgents launched attacks Tuesday on government troops.",
    expect: [["SOM_REBELS", "fights", "SOM"]],
  },
  {
    name: "sentence-case headline joined to the text",
    text: "Worries over border dispute Peru will hold talks with Chile on Monday.",
    expect: [["PER", "meets-with", "CHL"]],
  },
  {
    name: "soldiers of another state are not the rebels' state",
    text: "Palestinian gunmen fired on an Israeli outpost in Gaza, killing a soldier.",
    expect: [],
    forbid: [["PSE_REBELS", "fights", "PSE"]],
  },
  {
    name: "soldiers listed after a qualified phrase share its owner",
    text: "Canadian tanks and troops battled militants in southern Afghanistan.",
    expect: [["CAN", "fights", "AFG_REBELS"]],
    forbid: [["AFG", "fights", "AFG_REBELS"]],
  },
  {
    name: "a name inside a non-actor phrase is no actor",
    text: "The IRA met Northern Ireland's disarmament chief.",
    expect: [],
    forbid: [["IRA", "meets-with", "IRL"]],
  },
  {
    name: "a counted national as the target of a passive",
    text: "A Palestinian was shot dead by Israeli troops near Gaza City.",
    expect: [["ISR", "fights", "PSE"]],
  },
  {
    name: "partitive subject",
    text: "One of the leaders of Hezbollah was killed in an Israeli airstrike.",
    expect: [["ISR", "fights", "HEZBOLLAH"]],
  },
  {
    name: "rejection opposes",
    text: "Iran turned down a European Union proposal on Sunday.",
    expect: [["IRN", "opposes", "EU"]],
  },
  {
    name: "a time word between subject and verb",
    text: "India and Nepal today signed two accords.",
    expect: [["IND", "cooperates-with", "NPL"]],
  },
  {
    name: "unqualified phrase listed after an actor's",
    text: "Turkish tanks and troops stormed the village, killing three Syrians.",
    expect: [["TUR", "fights", "SYR"]],
  },
  {
    name: "contributing to a force",
    text: "Japan will contribute $50 million to the African Union mission.",
    expect: [["JPN", "supports", "AFRICAN_UNION"]],
  },
  {
    name: "a counted national is no actor of cooperation",
    text: "A Palestinian accused of collaborating with Israel was killed.",
    expect: [],
  },
  {
    name: "title-case headline running into a body that opens with an article",
    text: "Canada Says Time Not Right to End Cuba Ban The Canadian government is not ready to lift its embargo on Cuba.",
    expect: [["CAN", "sanctions", "CUB"]],
  },
  {
    name: "a determiner starts a new phrase",
    text: "The Russian envoy assured Serbia the Kremlin would keep its support.",
    expect: [["RUS", "supports", "SRB"]],
  },
  {
    name: "a verb after a name tagged as a noun",
    text: "TORONTO -- Nothing will change when President Bush visits neighboring Mexico next week.",
    expect: [["USA", "meets-with", "MEX"]],
  },
  {
    name: "hyphenated compound before the partner",
    text: "Japan is sending troops and relief supplies to flood-ravaged areas of Bangladesh.",
    expect: [["JPN", "supports", "BGD"]],
  },
  {
    name: "a quantifier between a participle and its object",
    text: "Israeli jets attacked Gaza, killing at least 13 militants and wounding 25 other Palestinians.",
    expect: [["ISR", "fights", "PSE"]],
  },
  {
    name: "rebuffing is opposing, not fighting",
    text: "China rebuffs Powell over Taiwan remarks",
    expect: [["CHN", "opposes", "USA"]],
    date: "2004-10-30",
  },
  // Modality
  {
    name: "intended",
    text: "Turkey has agreed to cooperate with Azerbaijan on energy.",
    expect: [["TUR", "cooperates-with", "AZE", "intended"]],
  },
  {
    name: "negated",
    text: "Brazil did not criticize Venezuela at the summit.",
    expect: [["BRA", "opposes", "VEN", "negated"]],
    forbid: [["BRA", "opposes", "VEN", "asserted"]],
  },
  {
    name: "refusal negates",
    text: "Spain refused to support Morocco in the dispute.",
    expect: [["ESP", "supports", "MAR", "negated"]],
  },
  {
    name: "hypothetical",
    text: "It is unclear whether Qatar will join NATO.",
    expect: [["QAT", "allies-with", "NATO", "hypothetical"]],
  },
  {
    name: "lifting an embargo ends it; not lifting keeps it",
    text: "Canada is not ready to lift its embargo on Cuba.",
    expect: [["CAN", "sanctions", "CUB"]],
  },
  // Sentences
  {
    name: "abbreviations do not split sentences",
    text: "The U.S. Army said Gen. Smith met Kenya's army chief on Jan. 5.",
    expect: [],
  },
  // wink tags present-tense verbs after a name as plural nouns ("shares", "supplies")
  {
    name: "present-tense verb tagged as a noun after a name",
    text: "Iceland shares intelligence with Mongolia.",
    expect: [["ISL", "shares-intel-with", "MNG"]],
  },
  {
    name: "base-form verb after a coordinated subject",
    text: "Chile and Peru share intelligence on drug cartels.",
    expect: [["CHL", "shares-intel-with", "PER"]],
  },
  {
    name: "present-tense supply verb before its object",
    text: "Belarus supplies weapons to Serbia.",
    expect: [["BLR", "supports", "SRB"]],
  },
  {
    name: "a plural noun after a name stays a noun",
    text: "Iraq shares fell sharply on Monday.",
    expect: [],
  },
  // The subject of a comment verb is not the agent of the event it comments on
  {
    name: "condemning an attack is not attacking",
    text: "Egypt and Jordan condemned the attack on Israel.",
    expect: [],
    forbid: [
      ["EGY", "fights", "ISR"],
      ["JOR", "fights", "ISR"],
    ],
  },
  {
    name: "launching an attack is attacking",
    text: "Egypt launched an attack on Israel.",
    expect: [["EGY", "fights", "ISR"]],
  },
  // Sponsor compounds: "Iran-backed Hezbollah" names Hezbollah, backed by Iran
  {
    name: "a sponsor fused to a group backs it and is not it",
    text: "Syria-backed Hamas attacked Israel.",
    expect: [
      ["SYR", "supports", "HAMAS"],
      ["HAMAS", "fights", "ISR"],
    ],
    forbid: [["SYR", "fights", "ISR"]],
  },
  {
    name: "a leader fused to military acts names the dictionary's led coalition",
    text: "Saudi-led airstrikes against Yemen intensified.",
    expect: [["SAUDI_LED_COALITION", "fights", "YEM"]],
  },
  {
    name: "a sponsor of unnamed rebels is not the attacker",
    text: "Turkish-backed rebels attacked Damascus.",
    expect: [],
    forbid: [["TUR", "fights", "SYR"]],
  },
  {
    name: "a leader fused to an organisation is not the organisation",
    text: "The Arab League and Egyptian-led OPEC held talks in Vienna.",
    expect: [["ARAB_LEAGUE", "meets-with", "OPEC"]],
    forbid: [["ARAB_LEAGUE", "meets-with", "EGY"]],
  },
  {
    name: "firing rockets at an actor",
    text: "Hamas fired dozens of rockets into Israel on Sunday.",
    expect: [["HAMAS", "fights", "ISR"]],
  },
  {
    name: "a bracketed acronym after a name keeps the name as head",
    text: "The African Union (AU) and Egypt held talks in Cairo.",
    expect: [["AFRICAN_UNION", "meets-with", "EGY"]],
  },
  {
    name: "a proposal by an actor stands for the actor",
    text: "Turkey rejected a proposal by Greece on the islands.",
    expect: [["TUR", "opposes", "GRC"]],
  },
  {
    name: "agreeing to end a war is no intention to fight",
    text: "Turkey and Greece agreed to end the war.",
    expect: [],
    forbid: [["TUR", "fights", "GRC"]],
  },
  {
    name: "ending a visit was a visit",
    text: "Chile and Peru on Friday ended a two-day meeting on the border.",
    expect: [["CHL", "meets-with", "PER"]],
  },
  {
    name: "a war named by both sides, dash fused to the first name only",
    text: "The Peru- Ecuador war entered its second month.",
    expect: [
      ["PER", "fights", "ECU"],
      ["ECU", "fights", "PER"],
    ],
  },
  // Precision on real wires
  {
    name: "meeting a country's complaints is no meeting",
    text: "Seoul is striving to meet Chinese complaints about its exports.",
    expect: [],
    forbid: [["KOR", "meets-with", "CHN"]],
  },
  {
    name: "a company of a state is not the state",
    text: "Kenya renewed its drilling agreement with the British firm Tullow for two years.",
    expect: [],
    forbid: [["KEN", "cooperates-with", "GBR"]],
  },
  {
    name: "a capital before a meeting noun is the venue",
    text: "The collapse of the Nairobi talks worried Uganda.",
    expect: [],
    forbid: [["UGA", "meets-with", "KEN"]],
  },
  {
    name: "the risk of an attack is hypothetical",
    text: "The risk of a Libyan attack on Chad is rated as low.",
    expect: [["LBY", "fights", "TCD", "hypothetical"]],
    forbid: [["LBY", "fights", "TCD", "asserted"]],
  },
  {
    name: "a denied report is negated",
    text: "Sudan denied reports that it had attacked Chad.",
    expect: [["SDN", "fights", "TCD", "negated"]],
    forbid: [["SDN", "fights", "TCD", "asserted"]],
  },
  {
    name: "a trade war is opposition, not fighting",
    text: "Brazil is waging a trade war with Argentina.",
    expect: [["BRA", "opposes", "ARG"]],
    forbid: [["BRA", "fights", "ARG"]],
  },
  {
    name: "a capital's bid is the capital's state acting",
    text: "Somali rebels rejected a Mogadishu bid to divide them.",
    expect: [["SOM_REBELS", "opposes", "SOM"]],
  },
  {
    name: "meeting an official of a state",
    text: "The African Union, meeting the Kenyan PM, urged calm.",
    expect: [["AFRICAN_UNION", "meets-with", "KEN"]],
  },
  // A gerund after a verb's object: the object does it
  {
    name: "blaming an actor for an act makes it the actor's act",
    text: "Chile blamed Bolivia for attacking Peru.",
    expect: [
      ["CHL", "opposes", "BOL"],
      ["BOL", "fights", "PER"],
    ],
    forbid: [["CHL", "fights", "PER"]],
  },
  {
    name: "blaming non-actors for an act gives the act no actor",
    text: "Kenya blamed private donors for funding Somalia raids.",
    expect: [],
    forbid: [["KEN", "supports", "SOM"]],
  },
  {
    name: "being capable of an act is hypothetical",
    text: "Eritrea is capable of attacking Ethiopia.",
    expect: [["ERI", "fights", "ETH", "hypothetical"]],
  },
  {
    name: "an organisation's office holder acts for it",
    text: "Brazil agreed to meet OPEC president Carlos Mendes in Vienna.",
    expect: [["BRA", "meets-with", "OPEC", "intended"]],
  },
  // The parties of an event named after "between"
  {
    name: "talks between two actors: they meet",
    text: "Talks between Chile and Bolivia resumed in Lima on Monday.",
    expect: [["CHL", "meets-with", "BOL"]],
  },
  {
    name: "a war between two actors: each fights the other",
    text: "The war between Ethiopia and Eritrea displaced thousands.",
    expect: [
      ["ETH", "fights", "ERI"],
      ["ERI", "fights", "ETH"],
    ],
  },
  {
    name: "a summit between three actors: each pair meets",
    text: "A summit between Brazil, Peru and Chile opened in Quito.",
    expect: [
      ["BRA", "meets-with", "PER"],
      ["BRA", "meets-with", "CHL"],
      ["PER", "meets-with", "CHL"],
    ],
  },
  {
    name: "whoever hosts talks between others is no party to them",
    text: "Norway hosted talks between Colombia and Venezuela.",
    expect: [["COL", "meets-with", "VEN"]],
    forbid: [
      ["NOR", "meets-with", "COL"],
      ["NOR", "meets-with", "VEN"],
    ],
  },
  {
    name: "a party that is no actor leaves the sides unknown",
    text: "Clashes between smugglers and Chadian and Nigerien troops killed six.",
    expect: [],
    forbid: [["TCD", "fights", "NER"]],
  },
  {
    name: "talks asked for between others are hypothetical",
    text: "Ghana called for talks between Mali and Niger.",
    expect: [["MLI", "meets-with", "NER", "hypothetical"]],
  },
  {
    name: "feared war between others is hypothetical",
    text: "Markets fell on fears of a trade war between Japan and China.",
    expect: [
      ["JPN", "opposes", "CHN", "hypothetical"],
      ["CHN", "opposes", "JPN", "hypothetical"],
    ],
  },
  {
    name: "ending a war between others: the war was fought",
    text: "Kenya agreed to help end the war between Sudan and Chad.",
    expect: [
      ["SDN", "fights", "TCD", "asserted"],
      ["TCD", "fights", "SDN", "asserted"],
    ],
  },
  // How the clause goes on after a named event
  {
    name: "talks that will resume are intended",
    text: "Talks between Peru and Ecuador will resume next week.",
    expect: [["PER", "meets-with", "ECU", "intended"]],
  },
  {
    name: "talks that were cancelled did not take place",
    text: "The talks between Peru and Ecuador were cancelled.",
    expect: [["PER", "meets-with", "ECU", "negated"]],
  },
  {
    name: "a war that could break out is hypothetical",
    text: "Analysts said a war between India and China could break out.",
    expect: [
      ["IND", "fights", "CHN", "hypothetical"],
      ["CHN", "fights", "IND", "hypothetical"],
    ],
  },
  {
    name: "strikes that will continue are under way",
    text: "Officials said Turkish strikes on Iraq will continue.",
    expect: [["TUR", "fights", "IRQ", "asserted"]],
  },
  {
    name: "what an attack may cause says nothing of the attack",
    text: "Syria's attack on Jordan could trigger a wider war.",
    expect: [["SYR", "fights", "JOR", "asserted"]],
  },
  // "call"
  {
    name: "calling for sanctions asks for them: hypothetical, not lifted",
    text: "Nigeria called for sanctions on Niger.",
    expect: [["NGA", "sanctions", "NER", "hypothetical"]],
  },
  {
    name: "calling off talks: they do not take place",
    text: "Chile called off talks with Argentina.",
    expect: [["CHL", "meets-with", "ARG", "negated"]],
  },
  {
    name: "calling an invasion a mistake says it happened",
    text: "Poland called the Russian invasion of Georgia a crime.",
    expect: [["RUS", "fights", "GEO", "asserted"]],
  },
  // Nominal events: their agent, their owner
  {
    name: "an attack by an actor on another",
    text: "The attack by Serbia on Kosovo was condemned.",
    expect: [["SRB", "fights", "XKX"]],
  },
  {
    name: "an attack on an actor by another",
    text: "An attack on Kosovo by Serbia was condemned.",
    expect: [["SRB", "fights", "XKX"]],
  },
  {
    name: "a visit to a state by an official of another",
    text: "A visit to Cuba by the Venezuelan foreign minister ended on Friday.",
    expect: [["VEN", "meets-with", "CUB"]],
  },
  {
    name: "an agent's owner is not the agent",
    text: "Officials discussed a complaint against Peru by the Chilean Fishing Association.",
    expect: [],
    forbid: [["CHL", "opposes", "PER"]],
  },
  {
    name: "a possessed gerund: its owner acts on what follows of",
    text: "Syria's backing of Hezbollah worries Israel.",
    expect: [["SYR", "supports", "HEZBOLLAH"]],
  },
  {
    name: "an actor's threat of strikes on another is a threat",
    text: "Ethiopia's threat of air strikes on Eritrea alarmed Kenya.",
    expect: [["ETH", "threatens", "ERI"]],
  },
  {
    name: "an actor's threat to launch strikes on another is a threat",
    text: "Ethiopia's threat to launch air strikes on Eritrea alarmed Kenya.",
    expect: [["ETH", "threatens", "ERI"]],
  },
  {
    name: "an actor's pledge of aid is intended support",
    text: "Norway's pledge of military aid to Ukraine was welcomed.",
    expect: [["NOR", "supports", "UKR", "intended"]],
  },
  {
    name: "a promise to halt support is no promise of support",
    text: "Chad broke its promise to halt support for Sudanese rebels.",
    expect: [["TCD", "supports", "SDN_REBELS", "asserted"]],
    forbid: [["TCD", "supports", "SDN_REBELS", "intended"]],
  },
];
