// The relation dictionary's data model: relation types and the wording (triggers) that expresses them.
import type { Polarity } from "../record.js";

export interface TriggerSpec {
  /** A verb trigger's first slot is a verb; a noun trigger's last slot is the head noun. */
  pos: "verb" | "noun";
  /** Slots separated by spaces, alternatives by "|": "share|exchange intelligence|information". */
  words: string;
  /** The direct object is the target ("attack X"). */
  object?: boolean;
  /** A phrase after one of these prepositions is the target ("talks with X"). */
  preps?: string[];
  /** With no target, coordinated subjects relate to each other ("X and Y held talks"). */
  reciprocal?: boolean;
  /** Only actors of these types can be the target ("join" a coalition). */
  targetTypes?: string[];
  cameo?: string;
  /** How far the pattern can be trusted, in [0, 1] (default 0.9). */
  confidence?: number;
}

export interface RelationSpec {
  relation: string;
  polarity: Polarity;
  symmetric: boolean;
  cameo: string;
  triggers: TriggerSpec[];
}
