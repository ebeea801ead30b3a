// Sigma's edge programs by name, with kg's own dashed arrows (straight, and curved for parallel edges), so that
// hostile relations differ from cooperative ones by more than colour.
import EdgeCurveProgram, { createEdgeCurveProgram } from "@sigma/edge-curve";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph/model.js";
import { withoutInstancing } from "./without-instancing.js";

/** Dash and gap, in screen pixels. */
const DASH = 9;
const PERIOD = 14;

// Arrow heads a little larger than Sigma's defaults: most edges are thin, and direction matters here.
const ARROW_HEAD = { lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 };

type Definition = { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string };
type ProgramClass = new (...args: never[]) => { getDefinition(): Definition };

function replaceOnce(source: string, anchor: string, replacement: string): string {
  if (!source.includes(anchor)) {
    throw new Error(
      `kg viewer: Sigma's edge shader changed (no "${anchor}"); the dashed edge programs need updating`,
    );
  }
  return source.replace(anchor, replacement);
}

/** The straight edge body (Sigma's clamped edge) with a varying for the distance along it, in pixels. */
export function dashedStraightShaders(definition: Definition): Definition {
  let vertex = replaceOnce(
    definition.VERTEX_SHADER_SOURCE,
    "varying float v_feather;",
    "varying float v_feather;\nvarying float v_along;",
  );
  // Graph-space length to pixels is the inverse of the thickness conversion above it in the shader.
  vertex = replaceOnce(
    vertex,
    "v_color.a *= bias;",
    "v_color.a *= bias;\n  v_along = a_positionCoef * length(a_positionEnd - a_positionStart) * u_sizeRatio / u_correctionRatio * 0.5;",
  );
  let fragment = replaceOnce(
    definition.FRAGMENT_SHADER_SOURCE,
    "varying float v_feather;",
    "varying float v_feather;\nvarying float v_along;",
  );
  fragment = replaceOnce(
    fragment,
    "void main(void) {",
    `void main(void) {\n  #ifndef PICKING_MODE\n  if (mod(v_along, ${PERIOD.toFixed(1)}) > ${DASH.toFixed(1)}) discard;\n  #endif`,
  );
  return { ...definition, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
}

/** @sigma/edge-curve's curve with gaps cut along it (never in an arrow head, never for picking). */
export function dashedCurveShaders(definition: Definition): Definition {
  const anchor = "float halfThickness = thickness / 2.0;";
  const source = definition.FRAGMENT_SHADER_SOURCE;
  const outsideHead = source.includes("distToTarget") ? "distToTarget > targetArrowLength && " : "";
  const fragment = replaceOnce(
    source,
    anchor,
    `#ifndef PICKING_MODE
  if (${outsideHead}mod(length(gl_FragCoord.xy - v_cpA), ${PERIOD.toFixed(1)}) > ${DASH.toFixed(1)}) discard;
  #endif
  ${anchor}`,
  );
  return { ...definition, FRAGMENT_SHADER_SOURCE: fragment };
}

function withShaders(Base: unknown, rewrite: (definition: Definition) => Definition): EdgeProgramType {
  class Dashed extends (Base as ProgramClass) {
    override getDefinition(): Definition {
      return rewrite(super.getDefinition());
    }
  }
  return Dashed as unknown as EdgeProgramType;
}

const Curved = withoutInstancing(EdgeCurveProgram);
const CurvedArrow = withoutInstancing(
  createEdgeCurveProgram({ arrowHead: { extremity: "target", ...ARROW_HEAD } }),
);
const Clamped = withoutInstancing(createEdgeClampedProgram(ARROW_HEAD));
const ArrowHead = withoutInstancing(createEdgeArrowHeadProgram(ARROW_HEAD));

/**
 * By shape (line, arrow, curved, curvedArrow), dashed-<shape> for hostile relations, and "thin": one-pixel lines,
 * the cheapest to draw, for graphs too large to draw thickness, arrows and dashes at a usable frame rate.
 */
export const EDGE_PROGRAMS = {
  thin: withoutInstancing(EdgeLineProgram),
  line: withoutInstancing(EdgeRectangleProgram),
  arrow: createEdgeCompoundProgram([Clamped, ArrowHead]),
  curved: Curved,
  curvedArrow: CurvedArrow,
  "dashed-line": withShaders(
    withoutInstancing(createEdgeClampedProgram({ lengthToThicknessRatio: 0 })),
    dashedStraightShaders,
  ),
  "dashed-arrow": createEdgeCompoundProgram([withShaders(Clamped, dashedStraightShaders), ArrowHead]),
  "dashed-curved": withShaders(Curved, dashedCurveShaders),
  "dashed-curvedArrow": withShaders(CurvedArrow, dashedCurveShaders),
} as unknown as Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes>>;

export const NODE_PROGRAMS = { circle: withoutInstancing(NodeCircleProgram) };
