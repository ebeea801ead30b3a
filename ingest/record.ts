// The edge record that `kg extract` prints (../shared/ONTOLOGY.md): the contract between extraction, store and viewer.

export type Polarity = "cooperative" | "hostile";
export type Modality = "asserted" | "intended" | "negated" | "hypothetical";
export type ActorType = "state" | "igo" | "armed-group" | "coalition" | "other";

export interface ActorRef {
  /** ISO 3166-1 alpha-3 for states, an upper-case ASCII slug otherwise (ISLAMIC_STATE, IRQ_REBELS). */
  id: string;
  name: string;
  type: ActorType;
  /** The person through whom the actor acts in this sentence, when there is one. */
  via?: string;
}

export interface EdgeRecord {
  source: ActorRef;
  /** kebab-case relation name, e.g. "shares-intel-with". */
  relation: string;
  target: ActorRef;
  polarity: Polarity;
  symmetric: boolean;
  modality: Modality;
  cameo: string;
  confidence: number;
  /** The document's file name (for table rows: file name plus row id). */
  doc: string;
  /** 0-based index of the sentence in its document. */
  sentence: number;
  text: string;
  /** The sentence's character offsets in the original document. */
  start: number;
  end: number;
  /** The document's date (ISO 8601) when known; used by ingest for firstSeen/lastSeen. */
  date?: string;
}

/** Modalities that count as claims (drawn as links, aggregated, scored). */
export const CLAIM_MODALITIES: ReadonlySet<Modality> = new Set(["asserted", "intended"]);
