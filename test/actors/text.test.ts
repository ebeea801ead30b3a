// Name helpers (folding, plurals) and the country-qualified rebels actor.
import { describe, expect, it } from "vitest";
import { rebelsId, rebelsOf } from "../../ingest/actors/rebels.js";
import { demonymPlural, foldAscii, nameKey } from "../../ingest/actors/text.js";

describe("foldAscii", () => {
  it.each([
    ["Türkiye", "Turkiye"],
    ["Côte d’Ivoire", "Cote d'Ivoire"],
    ["Kıbrıs", "Kibris"],
    ["Tuđman", "Tudman"],
    ["Wałęsa", "Walesa"],
    ["Iraq", "Iraq"],
  ])("%s → %s", (text, folded) => {
    expect(foldAscii(text)).toBe(folded);
  });

  it("compares names without case, diacritics or a leading article", () => {
    expect(nameKey("the Netherlands")).toBe(nameKey("NETHERLANDS"));
    expect(nameKey("Élysée")).toBe("elysee");
  });
});

describe("demonymPlural", () => {
  it.each<[string, string | undefined]>([
    ["Iraqi", "Iraqis"],
    ["American", "Americans"],
    ["Afghan", "Afghans"],
    ["South Korean", "South Koreans"],
    ["Chinese", undefined],
    ["British", undefined],
    ["French", undefined],
    ["Swiss", undefined],
    ["Ni-Vanuatu", undefined],
  ])("%s → %s", (demonym, plural) => {
    expect(demonymPlural(demonym)).toBe(plural);
  });
});

describe("rebelsOf", () => {
  it("names a state's rebels after its first demonym", () => {
    const iraq = {
      id: "IRQ",
      name: "Iraq",
      type: "state" as const,
      aliases: ["Iraq"],
      demonyms: ["Iraqi", "Iraqis"],
    };
    expect(rebelsOf(iraq)).toEqual({
      id: "IRQ_REBELS",
      name: "Iraqi rebels",
      type: "armed-group",
      aliases: [],
    });
    expect(rebelsId("RUS")).toBe("RUS_REBELS");
  });

  it("refuses an actor that is not a state", () => {
    expect(() => rebelsOf({ id: "UN", name: "United Nations", type: "igo", aliases: [] })).toThrow(TypeError);
  });
});
