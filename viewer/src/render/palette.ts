// Every colour the viewer draws with, chosen to stay apart for colour-blind readers: Okabe–Ito for polarity and
// camps, Paul Tol's "muted" scheme for blocs.

export const POLARITY_COLOURS = { cooperative: "#0072B2", hostile: "#D55E00" } as const;

/** Negated and hypothetical claims draw faded edges of the same hue. */
export const FADED_POLARITY_COLOURS = {
  cooperative: "rgba(0, 114, 178, 0.35)",
  hostile: "rgba(213, 94, 0, 0.35)",
} as const;

export const BLOC_COLOURS: readonly string[] = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
];

export const CAMP_COLOURS: readonly string[] = ["#009E73", "#CC79A7"];

/** Actors in a small bloc beyond the palette. */
export const OTHER_GROUP_COLOUR = "#A8A8A8";
/** Actors with no cooperative tie (bloc mode) or outside any conflict (camp mode). */
export const UNGROUPED_COLOUR = "#D9D9D9";

/** What the rest of the graph turns into while a node or an edge is highlighted. */
export const MUTED_NODE_COLOUR = "#E4E4E4";
export const MUTED_EDGE_COLOUR = "#EDEDED";
export const BACKGROUND = "#FBFBFA";
