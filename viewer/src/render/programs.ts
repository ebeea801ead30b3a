// Sigma's edge programs by name, with one of kg's own: a dashed curved arrow, so hostile relations differ from
// cooperative ones by more than colour.
import EdgeCurveProgram, { createEdgeCurveProgram } from "@sigma/edge-curve";
import type { EdgeAttributes, NodeAttributes } from "../graph/model.js";
import { createEdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";

const DASH = 9;
const GAP = 5;

/** The curved arrow's fragment shader, with gaps cut along the curve (never in the arrow head, never for picking). */
export function dashedShader(source: string): string {
  const anchor = "float halfThickness = thickness / 2.0;";
  if (!source.includes(anchor) || !source.includes("distToTarget")) {
    throw new Error("kg viewer: @sigma/edge-curve's shader changed; the dashed edge program needs updating");
  }
  const cut = `
  #ifndef PICKING_MODE
  if (distToTarget > targetArrowLength && mod(length(gl_FragCoord.xy - v_cpA), ${(DASH + GAP).toFixed(1)}) > ${DASH.toFixed(1)}) discard;
  #endif
  ${anchor}`;
  return source.replace(anchor, cut);
}

// Arrow heads a little larger than Sigma's defaults: most edges are thin, and direction matters here.
const ARROW_HEAD = { lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 };
const CurvedArrow = createEdgeCurveProgram({ arrowHead: { extremity: "target", ...ARROW_HEAD } });

class DashedCurvedArrowProgram extends (CurvedArrow as unknown as new (...args: never[]) => {
  getDefinition(): { FRAGMENT_SHADER_SOURCE: string };
}) {
  override getDefinition(): { FRAGMENT_SHADER_SOURCE: string } {
    const definition = super.getDefinition();
    return { ...definition, FRAGMENT_SHADER_SOURCE: dashedShader(definition.FRAGMENT_SHADER_SOURCE) };
  }
}

export const EDGE_PROGRAMS: Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes>> = {
  line: EdgeRectangleProgram,
  arrow: createEdgeArrowProgram(ARROW_HEAD),
  curved: EdgeCurveProgram,
  curvedArrow: CurvedArrow,
  hostile: DashedCurvedArrowProgram as unknown as EdgeProgramType,
} as unknown as Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes>>;
