// The viewer's programs without instancing (software WebGL draws instances one by one): the definition moves the
// constant attributes into the ordinary ones, and each item is written once per vertex with that vertex's
// constants. Sigma's real programs are drawn and picked through these in the browser tests.
import { describe, expect, it } from "vitest";
import { withoutInstancing } from "../../viewer/src/render/without-instancing.js";

const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;

interface Item {
  x: number;
  y: number;
  colour: number;
}

/** Shaped like one of Sigma's instanced programs: three constant vertices, an item's data written once. */
class InstancedProgram {
  array = new Float32Array(32);
  readonly stride: number;

  constructor() {
    // Sigma's Program reads the definition in its constructor, before a subclass's own fields exist.
    const definition = this.getDefinition();
    this.stride = definition.VERTICES * definition.ATTRIBUTES.length;
  }

  getDefinition() {
    return {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_colour", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[10], [20], [30]],
    };
  }

  processVisibleItem(_index: number, start: number, item: Item): void {
    this.array.set([item.x, item.y, item.colour], start);
  }
}

class PlainProgram extends InstancedProgram {
  override getDefinition() {
    const { VERTICES, ATTRIBUTES } = super.getDefinition();
    return { VERTICES, ATTRIBUTES } as ReturnType<InstancedProgram["getDefinition"]>;
  }
}

describe("withoutInstancing", () => {
  it("makes the constant attributes ordinary ones", () => {
    const Flat = withoutInstancing(InstancedProgram);
    const definition = new Flat().getDefinition();
    expect("CONSTANT_ATTRIBUTES" in definition).toBe(false);
    expect("CONSTANT_DATA" in definition).toBe(false);
    expect(definition.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_colour", "a_angle"]);
    expect(definition.VERTICES).toBe(3);
  });

  it("writes an item once per vertex, each followed by that vertex's constants", () => {
    const Flat = withoutInstancing(InstancedProgram);
    const program = new Flat();
    program.processVisibleItem(0, 0, { x: 1, y: 2, colour: 3 });
    program.processVisibleItem(1, 12, { x: 4, y: 5, colour: 6 });
    expect([...program.array.slice(0, 24)]).toEqual([
      1, 2, 3, 10, 1, 2, 3, 20, 1, 2, 3, 30, 4, 5, 6, 10, 4, 5, 6, 20, 4, 5, 6, 30,
    ]);
    expect([...program.array.slice(24)]).toEqual(new Array(8).fill(0));
  });

  it("leaves a program without instancing as it is", () => {
    const Flat = withoutInstancing(PlainProgram);
    const program = new Flat();
    expect(program.getDefinition()).toEqual(new PlainProgram().getDefinition());
    program.processVisibleItem(0, 4, { x: 7, y: 8, colour: 9 });
    expect([...program.array.slice(0, 8)]).toEqual([0, 0, 0, 0, 7, 8, 9, 0]);
  });
});
