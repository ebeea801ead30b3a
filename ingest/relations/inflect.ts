// English inflection for trigger words: a verb's forms and a noun's plural, so dictionaries list base forms only.

const IRREGULAR: Record<string, string[]> = {
  meet: ["met"],
  fight: ["fought"],
  strike: ["struck", "stricken"],
  send: ["sent"],
  hold: ["held"],
  beat: ["beaten"],
  shoot: ["shot"],
  give: ["gave", "given"],
  take: ["took", "taken"],
  begin: ["began", "begun"],
  lead: ["led"],
  break: ["broke", "broken"],
  freeze: ["froze", "frozen"],
  have: ["had", "has"],
  fly: ["flew", "flown"],
  wage: [],
  cut: ["cut"],
  set: ["set"],
  seek: ["sought"],
  win: ["won"],
  lose: ["lost"],
  sell: ["sold"],
  buy: ["bought"],
  bring: ["brought"],
  tell: ["told"],
  say: ["said"],
  shake: ["shook", "shaken"],
  overrun: ["overran"],
  undertake: ["undertook", "undertaken"],
  slay: ["slew", "slain"],
  bankroll: ["bankrolled"],
  sit: ["sat"],
  stand: ["stood"],
  make: ["made"],
  forbid: ["forbade", "forbidden"],
};

function doublesFinal(verb: string): boolean {
  // Short stressed CVC verbs double their last consonant: "ship" -> "shipped"; most others do not.
  return /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) && verb.length <= 5;
}

/** All forms of a verb: base, -s, -ed, -ing and irregular ones. */
export function verbForms(verb: string): string[] {
  // Own keys only: a trigger verb "constructor" found Object's constructor (a crash: not iterable).
  const forms = new Set([verb, ...(Object.hasOwn(IRREGULAR, verb) ? IRREGULAR[verb]! : [])]);
  if (/(s|x|z|ch|sh)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (verb.endsWith("e")) {
    forms.add(`${verb}d`);
    forms.add(`${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ied`);
    forms.add(`${verb}ing`);
  } else if (doublesFinal(verb)) {
    const last = verb.at(-1)!;
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
    forms.add(`${verb}ed`);
    forms.add(`${verb}ing`);
  } else {
    forms.add(`${verb}ed`);
    forms.add(`${verb}ing`);
  }
  return [...forms];
}

/** A noun and its plural (or singular, when listed in the plural). */
export function nounForms(noun: string): string[] {
  const forms = new Set([noun]);
  if (/(s|x|z|ch|sh)$/.test(noun)) forms.add(`${noun}es`);
  else if (/[^aeiou]y$/.test(noun)) forms.add(`${noun.slice(0, -1)}ies`);
  else forms.add(`${noun}s`);
  return [...forms];
}
