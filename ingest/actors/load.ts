// Loads the actor dictionaries: world-countries states, the curated default files, then the user's files.
import { relative } from "node:path";
import { PROJECT_ROOT, projectPath } from "../../lib/paths.js";
import { ActorTable, type FileClaims } from "./actor-table.js";
import { packageStates } from "./package-states.js";
import { PeopleList } from "./people.js";
import { PlaceList } from "./places.js";
import { labelOf, readDictionaryFile, type LoadedFile } from "./read-file.js";
import { foldActor, foldPerson } from "./variants.js";
import type { ActorDictionary } from "./types.js";

/** The default files, applied in this order after the package's states. */
export const DEFAULT_DICTIONARY_FILES = [
  "state-aliases.json",
  "organisations.json",
  "places.json",
  "people.json",
] as const;

/** The default dictionaries merged with `extraFiles` (same schema), later files extending earlier ones.
 * Throws DictionaryError naming the file and entry for anything invalid. */
export function loadActorDictionary(extraFiles: string[] = []): ActorDictionary {
  const files = [
    ...DEFAULT_DICTIONARY_FILES.map((name) => {
      const path = projectPath("ingest", "dictionaries", name);
      return readDictionaryFile(path, relative(PROJECT_ROOT, path));
    }),
    ...extraFiles.map((path) => readDictionaryFile(path)),
  ];
  const actors = new ActorTable();
  for (const state of packageStates(packageCodesWanted(files)))
    actors.apply(state, { file: "world-countries package", label: `(id "${state.id}")` }, null);
  const people = new PeopleList();
  const places = new PlaceList();
  for (const file of files) applyFile(file, actors, people, places);
  return {
    actors: actors.entries().map(foldActor),
    people: people.entries((id) => actors.has(id)).map(foldPerson),
    regions: places.regionEntries((id) => actors.typeOf(id)),
    nonActors: places.nonActors(),
  };
}

/** Package countries to build besides the independent ones: those a file names, by id or `packageCode`,
 * mapped to the id they take. */
function packageCodesWanted(files: LoadedFile[]): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const { content } of files)
    for (const actor of content.actors ?? []) wanted.set(actor.packageCode ?? actor.id, actor.id);
  return wanted;
}

function applyFile(loaded: LoadedFile, actors: ActorTable, people: PeopleList, places: PlaceList): void {
  const { file, content } = loaded;
  const claims: FileClaims = new Map();
  content.actors?.forEach((actor, index) =>
    actors.apply(actor, { file, label: labelOf("actors", index, actor) }, claims),
  );
  content.people?.forEach((person, index) =>
    people.add(person, { file, label: labelOf("people", index, person) }),
  );
  content.regions?.forEach((region, index) =>
    places.addRegion(region, { file, label: labelOf("regions", index, region) }),
  );
  content.nonActors?.forEach((phrase) => places.addNonActor(phrase));
}
