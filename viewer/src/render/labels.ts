// Node labels with a halo of the background colour, so that names stay readable over a dense web of edges; a label
// that would run off the right edge is drawn on the node's left.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph/model.js";
import { BACKGROUND } from "./palette.js";

export const drawHaloLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (
  context,
  data,
  settings,
) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const right = context.canvas.width / (window.devicePixelRatio || 1);
  const x =
    data.x + data.size + 3 + width > right - 4 ? data.x - data.size - 3 - width : data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = BACKGROUND;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(data.label, x, y);
};
