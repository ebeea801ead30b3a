// The default dictionaries: every state from world-countries, curated names, organisations, people, regions.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import type { ActorDictionary, ActorEntry } from "../../ingest/actors/types.js";

let dictionary: ActorDictionary;
let byId: Map<string, ActorEntry>;

beforeAll(() => {
  dictionary = loadActorDictionary();
  byId = new Map(dictionary.actors.map((actor) => [actor.id, actor]));
});

const actor = (id: string): ActorEntry => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no actor ${id}`);
  return entry;
};

type Field = "aliases" | "acronyms" | "demonyms" | "capitals" | "institutions" | "ambiguous";

describe("states", () => {
  it("has every ISO state, built from the package", () => {
    const states = dictionary.actors.filter((entry) => entry.type === "state");
    expect(states.length).toBeGreaterThanOrEqual(195);
    for (const state of states) expect(state.id).toMatch(/^[A-Z]{3}$/);
  });

  it.each<[string, Field, string]>([
    ["TUR", "aliases", "Turkey"],
    ["TUR", "aliases", "Turkiye"],
    ["TUR", "aliases", "Türkiye"],
    ["TUR", "demonyms", "Turks"],
    ["SYR", "aliases", "Syria"],
    ["GBR", "aliases", "Britain"],
    ["GBR", "aliases", "Great Britain"],
    ["GBR", "aliases", "U.K."],
    ["GBR", "acronyms", "UK"],
    ["GBR", "demonyms", "British"],
    ["GBR", "institutions", "Downing Street"],
    ["GBR", "institutions", "Whitehall"],
    ["USA", "acronyms", "US"],
    ["USA", "acronyms", "USA"],
    ["USA", "aliases", "U.S."],
    ["USA", "aliases", "America"],
    ["USA", "demonyms", "Americans"],
    ["USA", "capitals", "Washington"],
    ["USA", "institutions", "White House"],
    ["USA", "institutions", "Pentagon"],
    ["USA", "institutions", "State Department"],
    ["IRQ", "demonyms", "Iraqi"],
    ["IRQ", "demonyms", "Iraqis"],
    ["IRQ", "capitals", "Baghdad"],
    ["RUS", "capitals", "Moscow"],
    ["RUS", "aliases", "Russian Federation"],
    ["RUS", "demonyms", "Russians"],
    ["RUS", "institutions", "Kremlin"],
    ["IRN", "aliases", "Iran"],
    ["PRK", "aliases", "North Korea"],
    ["PRK", "aliases", "N. Korea"],
    ["PRK", "acronyms", "DPRK"],
    ["KOR", "aliases", "South Korea"],
    ["KOR", "aliases", "S. Korea"],
    ["PSE", "aliases", "Palestine"],
    ["PSE", "aliases", "Palestinian Authority"],
    ["PSE", "demonyms", "Palestinians"],
    ["VAT", "aliases", "Vatican"],
    ["MMR", "aliases", "Burma"],
    ["CIV", "aliases", "Ivory Coast"],
    ["COD", "aliases", "Congo"],
    ["COD", "aliases", "Democratic Republic of Congo"],
    ["COD", "aliases", "DR Congo"],
    ["COD", "aliases", "Congo-Kinshasa"],
    ["COD", "aliases", "Zaire"],
    ["COD", "acronyms", "DRC"],
    ["COD", "demonyms", "Congolese"],
    ["COG", "aliases", "Congo-Brazzaville"],
    ["COG", "aliases", "Republic of Congo"],
    ["NLD", "aliases", "Holland"],
    ["NLD", "aliases", "Netherlands"],
    ["CZE", "aliases", "Czechia"],
    ["CZE", "aliases", "Czech Republic"],
    ["MKD", "aliases", "Macedonia"],
    ["SWZ", "aliases", "Swaziland"],
    ["TLS", "aliases", "East Timor"],
    ["FRA", "demonyms", "French"],
    ["FRA", "institutions", "Elysee"],
    ["CHN", "demonyms", "Chinese"],
    ["ISR", "demonyms", "Israelis"],
    ["ISR", "institutions", "Knesset"],
    ["AFG", "demonyms", "Afghans"],
    ["PAK", "demonyms", "Pakistanis"],
    ["UKR", "capitals", "Kiev"],
    ["UKR", "capitals", "Kyiv"],
    ["DEU", "aliases", "West Germany"],
    ["DEU", "demonyms", "West German"],
    ["DEU", "capitals", "Bonn"],
    ["SUN", "aliases", "Soviet Union"],
    ["SUN", "acronyms", "USSR"],
    ["SUN", "demonyms", "Soviet"],
    ["YUG", "aliases", "Yugoslavia"],
    ["DDR", "aliases", "East Germany"],
    ["CSK", "aliases", "Czechoslovakia"],
    ["XKX", "aliases", "Kosovo"],
    ["TWN", "aliases", "Taiwan"],
    ["TCD", "ambiguous", "Chad"],
    ["JOR", "ambiguous", "Jordan"],
    ["GEO", "ambiguous", "Georgia"],
    ["USA", "ambiguous", "Washington"],
    ["JAM", "ambiguous", "Kingston"],
  ])("%s %s has %s", (id, field, name) => {
    expect(actor(id)[field] ?? []).toContain(name);
  });

  it.each<[string, Field, string]>([
    ["COG", "aliases", "Congo"],
    ["COG", "demonyms", "Congolese"],
    ["DMA", "demonyms", "Dominican"],
    ["BEL", "capitals", "Brussels"],
    ["SYC", "capitals", "Victoria"],
    ["MDV", "capitals", "Malé"],
    ["ISL", "aliases", "Island"],
    ["TLS", "aliases", "Timor"],
    ["USA", "aliases", "US"],
  ])("%s %s lacks %s", (id, field, name) => {
    expect(actor(id)[field] ?? []).not.toContain(name);
  });

  it("does not give the package's two-letter codes as names", () => {
    expect(actor("ITA").acronyms ?? []).not.toContain("IT");
    expect(actor("IND").aliases).not.toContain("IN");
  });
});

describe("organisations", () => {
  it.each<[string, Field, string]>([
    ["ISLAMIC_STATE", "aliases", "ISIL"],
    ["ISLAMIC_STATE", "aliases", "ISIS"],
    ["ISLAMIC_STATE", "aliases", "Daesh"],
    ["ISLAMIC_STATE", "aliases", "Islamic State of Iraq and the Levant"],
    ["ISLAMIC_STATE", "acronyms", "IS"],
    ["UN", "acronyms", "UN"],
    ["UN", "aliases", "United Nations"],
    ["UN", "aliases", "U.N."],
    ["UN", "aliases", "Security Council"],
    ["NATO", "aliases", "NATO"],
    ["EU", "acronyms", "EU"],
    ["EU", "aliases", "European Union"],
    ["EU", "capitals", "Brussels"],
    ["EUROPEAN_COMMUNITY", "acronyms", "EEC"],
    ["AL_QAEDA", "aliases", "al-Qaeda"],
    ["AL_QAEDA", "aliases", "al-Qaida"],
    ["AL_NUSRA_FRONT", "aliases", "Jabhat al-Nusra"],
    ["AL_NUSRA_FRONT", "aliases", "Nusra Front"],
    ["HEZBOLLAH", "aliases", "Hizbollah"],
    ["HOUTHIS", "aliases", "Ansar Allah"],
    ["TAMIL_TIGERS", "aliases", "LTTE"],
    ["RED_CROSS", "acronyms", "ICRC"],
    ["US_LED_COALITION", "aliases", "US-led coalition"],
    ["US_LED_COALITION", "aliases", "U.S.-led coalition"],
    ["G7", "aliases", "G7"],
    ["G8", "aliases", "G8"],
  ])("%s %s has %s", (id, field, name) => {
    expect(actor(id)[field] ?? []).toContain(name);
  });

  it("has every organisation the brief names", () => {
    const ids =
      `UN NATO EU EUROPEAN_COMMUNITY AFRICAN_UNION ARAB_LEAGUE ASEAN OPEC OECD IAEA WHO IMF WORLD_BANK WTO
      GATT G7 G8 G20 OSCE GCC COMECON WARSAW_PACT ICC INTERPOL RED_CROSS HUMAN_RIGHTS_WATCH AMNESTY_INTERNATIONAL
      US_LED_COALITION ISLAMIC_STATE AL_QAEDA AL_QAEDA_IN_IRAQ AQAP AL_NUSRA_FRONT HTS AL_SHABAAB BOKO_HARAM TALIBAN
      HEZBOLLAH HAMAS ISLAMIC_JIHAD FATAH PLO PKK YPG SDF FREE_SYRIAN_ARMY HOUTHIS MAHDI_ARMY BADR_ORGANIZATION
      KATAIB_HEZBOLLAH JEMAAH_ISLAMIYAH ABU_SAYYAF LASHKAR_E_TAIBA JAISH_E_MOHAMMED TAMIL_TIGERS FARC ELN
      SHINING_PATH IRA ETA CONTRAS UNITA SPLA JANJAWEED WAGNER_GROUP TAWHID_AND_JIHAD MUSLIM_BROTHERHOOD POLISARIO
      KLA`.split(/\s+/);
    expect(ids.filter((id) => !byId.has(id))).toEqual([]);
  });

  it("leaves the bare word 'coalition' out", () => {
    const names = dictionary.actors.flatMap((entry) => entry.aliases.map((alias) => alias.toLowerCase()));
    expect(names).not.toContain("coalition");
    expect(names).not.toContain("coalition forces");
  });
});

describe("the whole dictionary", () => {
  it("gives each name to one actor only", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of dictionary.actors) {
      const lists = [entry.aliases, entry.demonyms ?? [], entry.capitals ?? [], entry.institutions ?? []];
      const keys = new Set([...lists.flat().map((name) => name.toLowerCase()), ...(entry.acronyms ?? [])]);
      for (const key of keys) {
        const owner = owners.get(key);
        if (owner && owner !== entry.id) clashes.push(`${key}: ${owner}, ${entry.id}`);
        owners.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps ids unique and well-formed", () => {
    const ids = dictionary.actors.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it("marks as ambiguous only names the actor has", () => {
    for (const entry of dictionary.actors) {
      const names = [
        entry.aliases,
        entry.demonyms ?? [],
        entry.capitals ?? [],
        entry.institutions ?? [],
      ].flat();
      for (const name of entry.ambiguous ?? []) expect(names, entry.id).toContain(name);
    }
  });
});

describe("people", () => {
  it("has several hundred entries, each for a known actor, with terms in order", () => {
    expect(dictionary.people.length).toBeGreaterThan(1000);
    for (const person of dictionary.people) {
      expect(byId.has(person.actor), person.name).toBe(true);
      if (person.to !== undefined) expect(person.from).toBeLessThanOrEqual(person.to);
      expect(person.from).toBeGreaterThanOrEqual(1900);
    }
  });

  it.each<[string, string, string, number, number | undefined, string]>([
    ["John Kerry", "USA", "foreign minister", 2013, 2017, "Kerry"],
    ["Sergei Lavrov", "RUS", "foreign minister", 2004, undefined, "Sergey Lavrov"],
    ["Vladimir Putin", "RUS", "head of state", 2012, undefined, "Putin"],
    ["Mahmoud Ahmadinejad", "IRN", "head of state", 2005, 2013, "Ahmadinejad"],
    ["George W. Bush", "USA", "head of state", 2001, 2009, "Bush"],
    ["George H. W. Bush", "USA", "head of state", 1989, 1993, "Bush"],
    ["Ban Ki-moon", "UN", "secretary-general", 2007, 2016, "Ban Ki Moon"],
    ["Jens Stoltenberg", "NATO", "secretary-general", 2014, 2024, "Stoltenberg"],
    ["Federica Mogherini", "EU", "high representative for foreign affairs", 2014, 2019, "Mogherini"],
    ["Abu Bakr al-Baghdadi", "ISLAMIC_STATE", "leader", 2010, 2019, "Baghdadi"],
    ["Osama bin Laden", "AL_QAEDA", "leader", 1988, 2011, "bin Laden"],
    ["Ayman al-Zawahiri", "AL_QAEDA", "leader", 2011, 2022, "Zawahiri"],
    ["Hassan Nasrallah", "HEZBOLLAH", "leader", 1992, 2024, "Nasrallah"],
    ["Khaled Meshaal", "HAMAS", "leader", 1996, 2017, "Meshaal"],
    ["Ismail Haniyeh", "HAMAS", "leader", 2017, 2024, "Haniyeh"],
    ["Yasser Arafat", "PSE", "leader", 1969, 2004, "Arafat"],
    ["Moqtada al-Sadr", "MAHDI_ARMY", "leader", 2003, undefined, "Muqtada al-Sadr"],
    ["Abu Musab al-Zarqawi", "AL_QAEDA_IN_IRAQ", "leader", 2004, 2006, "Zarqawi"],
    ["Bashar al-Assad", "SYR", "head of state", 2000, 2024, "Assad"],
    ["Recep Tayyip Erdogan", "TUR", "head of state", 2014, undefined, "Erdoğan"],
  ])("%s acts for %s as %s from %i", (name, actorId, role, from, to, alias) => {
    const entry = dictionary.people.find(
      (person) => person.name === name && person.actor === actorId && person.from === from,
    );
    expect(entry?.role).toBe(role);
    expect(entry?.to).toBe(to);
    expect(entry?.aliases).toContain(alias);
  });

  it("gives a shared alias to people of different actors only when they are the same person", () => {
    const holders = new Map<string, Set<string>>();
    for (const person of dictionary.people)
      for (const alias of [person.name, ...person.aliases]) {
        const key = alias.toLowerCase();
        if (!holders.has(key)) holders.set(key, new Set());
        holders.get(key)!.add(`${person.actor}|${person.name}`);
      }
    const clashes = [...holders].filter(([, set]) => {
      const actors = new Set([...set].map((held) => held.split("|")[0]));
      const names = new Set([...set].map((held) => held.split("|")[1]));
      return actors.size > 1 && names.size > 1;
    });
    expect(clashes.map(([alias]) => alias)).toEqual([]);
  });

  it.each(["Khan", "Ali", "Kim", "Singh", "Herzog", "Abdullah", "Hussein", "Sharon", "Rice", "Brown", "May"])(
    "never lists the bare surname %s",
    (surname) => {
      const bare = dictionary.people.filter((person) => person.aliases.includes(surname));
      expect(bare.map((person) => person.name)).toEqual([]);
    },
  );
});

describe("regions and non-actors", () => {
  it.each<[string, string]>([
    ["Chechen", "RUS"],
    ["Tamil", "LKA"],
    ["Kashmiri", "IND"],
    ["Baloch", "PAK"],
    ["Uighur", "CHN"],
  ])("%s rebels belong to %s", (demonym, state) => {
    const region = dictionary.regions?.find((entry) => entry.demonyms.includes(demonym));
    expect(region?.state).toBe(state);
  });

  it("leaves Kurdish out of the regions", () => {
    const demonyms = (dictionary.regions ?? []).flatMap((region) => region.demonyms);
    expect(demonyms).not.toContain("Kurdish");
  });

  it("lists seas and regions that contain a state's name", () => {
    expect(dictionary.nonActors).toEqual(expect.arrayContaining(["South China Sea", "Northern Ireland"]));
  });
});
