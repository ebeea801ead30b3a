// Export PNG: Sigma's layers (WebGL edges and nodes, canvas labels) composited onto one canvas, right after a
// synchronous render so the WebGL buffers still hold the frame.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../graph/model.js";
import { BACKGROUND } from "../render/palette.js";

export async function pngOf(sigma: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
  const out = composite(sigma);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob === null ? reject(new Error("PNG encoding failed")) : resolve(blob)),
      "image/png",
    ),
  );
}

/** The drawn view on one 2D canvas, at the device's pixel ratio. */
export function composite(sigma: Sigma<NodeAttributes, EdgeAttributes>): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const context = out.getContext("2d");
  if (context === null) throw new Error("no 2D canvas");
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, out.width, out.height);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
    const canvas = canvases[layer];
    if (canvas !== undefined) context.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}
