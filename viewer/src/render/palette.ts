// Every colour the viewer draws with, chosen to stay apart for colour-blind readers: Okabe–Ito for polarity and
// camps, Paul Tol's "muted" scheme for blocs.

export const POLARITY_COLOURS = { cooperative: "#0072B2", hostile: "#D55E00" } as const;

/** Drawn edges are a little transparent, so that actors and their names stand out of a dense web. */
export const EDGE_COLOURS = {
  cooperative: "rgba(0, 114, 178, 0.62)",
  hostile: "rgba(213, 94, 0, 0.7)",
} as const;

/** Negated and hypothetical claims draw faded edges of the same hue. */
export const FADED_POLARITY_COLOURS = {
  cooperative: "rgba(0, 114, 178, 0.28)",
  hostile: "rgba(213, 94, 0, 0.28)",
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

/** Blocs beyond the named palette get generated hues (golden-angle steps), up to this many. */
export const GENERATED_BLOC_COLOURS = 600;

/** Actors in a bloc beyond even the generated colours. */
export const OTHER_GROUP_COLOUR = "#A8A8A8";

/** Actors with no cooperative tie (bloc mode) or outside any conflict (camp mode). */
export const UNGROUPED_COLOUR = "#D9D9D9";

/** The n-th generated bloc colour: hues a golden angle apart, muted like the palette; hex, as Sigma reads no hsl(). */
export function generatedColour(n: number): string {
  return hslToHex((n * 137.508 + 20) % 360, 0.42, n % 2 === 0 ? 0.58 : 0.45);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** What the rest of the graph turns into while a node or an edge is highlighted. */
export const MUTED_NODE_COLOUR = "#E4E4E4";
export const MUTED_EDGE_COLOUR = "#EDEDED";
export const BACKGROUND = "#FBFBFA";

const RGBA = /^rgba\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\)$/;

/**
 * Sigma blends with premultiplied alpha (ONE, ONE_MINUS_SRC_ALPHA): a translucent colour must come with its
 * channels already multiplied by alpha, or it draws too bright. Opaque colours pass unchanged.
 */
export function premultiplied(colour: string): string {
  return mapRgba(colour, (c, a) => c * a);
}

/** The inverse, for drawing Sigma's colours anywhere else (SVG export). */
export function unpremultiplied(colour: string): string {
  return mapRgba(colour, (c, a) => (a > 0 ? Math.min(255, c / a) : 0));
}

function mapRgba(colour: string, channel: (c: number, a: number) => number): string {
  const m = RGBA.exec(colour);
  if (m === null) return colour;
  const a = Number(m[4]);
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Math.round(channel(Number(c), a)));
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}
