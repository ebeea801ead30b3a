// Builds state entries from the world-countries package (names, alt spellings, demonyms, capitals; ODbL).
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { FileActor } from "./schema.js";
import { demonymPlural } from "./text.js";

const require = createRequire(import.meta.url);

/** ISO-list inversions ("Korea, Republic of"), glosses in parentheses, phonetic transcriptions (IPA letters)
 * and anything not in Latin script. */
const UNUSABLE_SPELLING = /,|\(|[\u0250-\u02AF]|[^\p{Script=Latin}\s'’.-]/u;
/** Upper-case spellings such as "UAE", "DPRK", "UK": matched case-sensitively, as acronyms. */
const ACRONYM = /^[A-Z.]{2,6}$/;

/** A state as the package describes it, ready to be merged like a dictionary entry. */
export function packageStates(wanted: ReadonlyMap<string, string>): FileActor[] {
  const countries = require("world-countries") as Country[];
  return countries
    .filter((country) => country.independent || wanted.has(country.cca3))
    .map((country) => toEntry(country, wanted.get(country.cca3) ?? country.cca3));
}

function toEntry(country: Country, id: string): FileActor {
  const spellings = [country.name.official, ...country.altSpellings].filter(
    (spelling) => spelling !== country.cca2 && !UNUSABLE_SPELLING.test(spelling),
  );
  return {
    id,
    name: country.name.common,
    type: "state",
    aliases: [country.name.common, ...spellings.filter((s) => !ACRONYM.test(s))],
    acronyms: spellings.filter((s) => ACRONYM.test(s)),
    demonyms: demonymsOf(country),
    capitals: country.capital.filter((capital) => !UNUSABLE_SPELLING.test(capital)),
  };
}

/** "Bosnian, Herzegovinian" and "Kittitian or Nevisian" hold two demonyms; each gets its -s plural. */
function demonymsOf(country: Country): string[] {
  const english = country.demonyms.eng;
  if (!english) return [];
  const singular = [...new Set([english.m, english.f].flatMap((text) => text.split(/,\s*|\s+or\s+/)))];
  const plural = singular.map(demonymPlural).filter((text): text is string => text !== undefined);
  return [...singular, ...plural].filter((text) => text.trim().length > 0);
}
