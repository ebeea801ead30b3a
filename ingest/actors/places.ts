// Collects regions (merged by name) and non-actor phrases, file after file.
import { DictionaryError } from "../../lib/errors.js";
import type { Origin } from "./actor-table.js";
import type { FileRegion } from "./schema.js";
import { nameKey } from "./text.js";
import type { RegionEntry } from "./types.js";

export class PlaceList {
  private readonly regions = new Map<string, { region: RegionEntry; origin: Origin }>();
  private readonly phrases = new Map<string, string>();

  addRegion(region: FileRegion, origin: Origin): void {
    const key = nameKey(region.name);
    const known = this.regions.get(key);
    const demonyms = [...(known?.region.demonyms ?? []), ...region.demonyms];
    const unique = demonyms.filter(
      (text, index) => demonyms.findIndex((d) => nameKey(d) === nameKey(text)) === index,
    );
    this.regions.set(key, { region: { ...region, demonyms: unique }, origin });
  }

  addNonActor(phrase: string): void {
    this.phrases.set(nameKey(phrase), phrase);
  }

  /** The regions, each checked to lie in a state that `typeOf` knows. */
  regionEntries(typeOf: (id: string) => string | undefined): RegionEntry[] {
    return [...this.regions.values()].map(({ region, origin }) => {
      if (typeOf(region.state) !== "state")
        throw new DictionaryError(origin.file, origin.label, `"${region.state}" is not a known state`);
      return region;
    });
  }

  nonActors(): string[] {
    return [...this.phrases.values()];
  }
}
