// Export SVG: the current view (camera, highlight, visible labels) redrawn as vector shapes from Sigma's display
// data; labels are text nodes, so the file holds no markup from the data.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../graph/model.js";
import { BACKGROUND, unpremultiplied } from "../render/palette.js";
import { svg, text } from "../ui/dom.js";

export function svgOf(sigma: Sigma<NodeAttributes, EdgeAttributes>): Blob {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const root = svg("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": "system-ui, sans-serif",
  });
  const defs = svg("defs");
  root.appendChild(defs);
  root.appendChild(svg("rect", { width, height, fill: BACKGROUND }));
  const markers = new Map<string, string>();
  const markerFor = (colour: string): string => {
    let id = markers.get(colour);
    if (id === undefined) {
      id = `arrow-${markers.size}`;
      markers.set(colour, id);
      defs.appendChild(
        svg(
          "marker",
          {
            id,
            viewBox: "0 0 10 10",
            refX: 9,
            refY: 5,
            markerWidth: 5,
            markerHeight: 5,
            orient: "auto-start-reverse",
          },
          svg("path", { d: "M0 0 L10 5 L0 10 Z", fill: colour }),
        ),
      );
    }
    return id;
  };

  const place = (id: string): { x: number; y: number; r: number } | null => {
    const data = sigma.getNodeDisplayData(id);
    if (data === undefined || data.hidden) return null;
    const { x, y } = sigma.framedGraphToViewport(data);
    return { x, y, r: sigma.scaleSize(data.size) };
  };

  const edges = svg("g", { class: "edges", fill: "none" });
  graph.forEachEdge((key, attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(key);
    const a = place(source);
    const b = place(target);
    if (data === undefined || data.hidden || a === null || b === null || source === target) return;
    edges.appendChild(
      edgePath(
        a,
        b,
        attributes,
        unpremultiplied(data.color),
        Math.max(1, sigma.scaleSize(data.size)),
        markerFor,
      ),
    );
  });
  root.appendChild(edges);

  const nodes = svg("g", { class: "nodes" });
  const labels = svg("g", { class: "labels", "font-size": 13, fill: "#1d2329" });
  const labelled = sigma.getNodeDisplayedLabels();
  graph.forEachNode((id) => {
    const data = sigma.getNodeDisplayData(id);
    const p = place(id);
    if (data === undefined || p === null) return;
    nodes.appendChild(svg("circle", { cx: fixed(p.x), cy: fixed(p.y), r: fixed(p.r), fill: data.color }));
    if (labelled.has(id) && data.label) {
      labels.appendChild(svg("text", { x: fixed(p.x + p.r + 3), y: fixed(p.y + 4) }, text(data.label)));
    }
  });
  root.appendChild(nodes);
  root.appendChild(labels);
  const source = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return new Blob([source], { type: "image/svg+xml" });
}

type Point = { x: number; y: number; r: number };

function edgePath(
  a: Point,
  b: Point,
  attributes: EdgeAttributes,
  colour: string,
  width: number,
  markerFor: (colour: string) => string,
): SVGElement {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const curvature = attributes.curvature;
  // The shader's control point, with the y axis pointing down.
  const c = { x: (a.x + b.x) / 2 + dy * curvature, y: (a.y + b.y) / 2 - dx * curvature };
  const directed = !attributes.symmetric;
  // End at the target's rim, along the curve's last tangent, so the arrow head shows.
  const tx = b.x - c.x;
  const ty = b.y - c.y;
  const tl = Math.hypot(tx, ty) || 1;
  const end = directed ? { x: b.x - (tx / tl) * b.r, y: b.y - (ty / tl) * b.r } : b;
  const d =
    curvature === 0
      ? `M${fixed(a.x)} ${fixed(a.y)} L${fixed(end.x)} ${fixed(end.y)}`
      : `M${fixed(a.x)} ${fixed(a.y)} Q${fixed(c.x)} ${fixed(c.y)} ${fixed(end.x)} ${fixed(end.y)}`;
  return svg("path", {
    d,
    stroke: colour,
    "stroke-width": fixed(width),
    ...(attributes.polarity === "hostile" ? { "stroke-dasharray": "9 5" } : {}),
    ...(directed ? { "marker-end": `url(#${markerFor(colour)})` } : {}),
  });
}

function fixed(n: number): string {
  return n.toFixed(1);
}
