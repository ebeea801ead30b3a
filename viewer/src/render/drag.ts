// Dragging an actor moves that actor alone: the view does not pan under it, the drop is not a click, and the
// viewer is told when a drag starts (it stops the layout, which would pull the actor back).
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "../graph/model.js";

export interface DragEvents {
  dragStarted(node: string): void;
}

export interface Drag {
  /** Whether the button was last released at the end of a drag: the click that follows is not a click. */
  justDropped(): boolean;
}

export function enableNodeDrag(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: ViewGraph,
  events: DragEvents,
): Drag {
  let pressed: string | null = null;
  let dragging = false;
  let dropped = false;
  const captor = sigma.getMouseCaptor();

  captor.on("mousedown", () => {
    dropped = false;
  });
  sigma.on("downNode", ({ node }) => {
    pressed = node;
    dragging = false;
  });
  captor.on("mousemovebody", (event) => {
    if (pressed === null || !graph.hasNode(pressed)) return;
    if (!dragging) {
      dragging = true;
      // Without a fixed frame, moving an actor past the drawing's edge would rescale everything under the pointer.
      if (sigma.getCustomBBox() === null) sigma.setCustomBBox(sigma.getBBox());
      events.dragStarted(pressed);
    }
    const { x, y } = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(pressed, { x, y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on("mouseup", () => {
    dropped = dragging;
    pressed = null;
    dragging = false;
  });
  return { justDropped: () => dropped };
}
