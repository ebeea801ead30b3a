// Sigma's programs draw each node and edge as an instance of a few constant vertices. Software WebGL (SwiftShader:
// machines without a GPU, most virtual desktops, headless browsers) draws instances one by one, at several
// microseconds each, so 5,000 actors took ~70 ms a frame. The same program written out vertex by vertex draws
// in one batch; a GPU draws it as fast as the instanced one, for a few times the (small) vertex memory.

interface Attribute {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

interface Definition {
  VERTICES: number;
  ATTRIBUTES: Attribute[];
  CONSTANT_ATTRIBUTES?: Attribute[];
  CONSTANT_DATA?: number[][];
}

interface ProgramLike {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, start: number, ...data: unknown[]): void;
}

type ProgramClass = abstract new (...args: never[]) => ProgramLike;

/** Float slots an attribute takes in a program's array: normalised bytes are packed into one float. */
function slots(attributes: Attribute[]): number {
  return attributes.reduce((sum, a) => sum + (a.normalized === true ? 1 : a.size), 0);
}

function flatLayout(instanced: Definition): { own: number; stride: number; constants: number[][] } | null {
  const constants = instanced.CONSTANT_DATA;
  if (constants === undefined || instanced.CONSTANT_ATTRIBUTES === undefined) return null;
  const own = slots(instanced.ATTRIBUTES);
  return { own, stride: own + slots(instanced.CONSTANT_ATTRIBUTES), constants };
}

/**
 * The same program without instancing: its constant attributes become ordinary ones, and each item's data is
 * written once per vertex followed by that vertex's constants. Programs that are not instanced are returned as
 * they are.
 */
export function withoutInstancing<C>(Base: C): C {
  const Program = Base as unknown as ProgramClass;
  abstract class Flat extends Program {
    override getDefinition(): Definition {
      const instanced = super.getDefinition();
      if (instanced.CONSTANT_ATTRIBUTES === undefined) return instanced;
      // Sigma takes a definition with constant attributes for an instanced one: they must be gone.
      const flat = { ...instanced, ATTRIBUTES: [...instanced.ATTRIBUTES, ...instanced.CONSTANT_ATTRIBUTES] };
      delete flat.CONSTANT_ATTRIBUTES;
      delete flat.CONSTANT_DATA;
      return flat;
    }

    /** Where each vertex's copy goes; read once, after construction. */
    private flat?: { own: number; stride: number; constants: number[][] } | null;

    override processVisibleItem(index: number, start: number, ...data: unknown[]): void {
      super.processVisibleItem(index, start, ...data);
      this.flat ??= flatLayout(super.getDefinition());
      if (this.flat === null) return;
      const { own, stride, constants } = this.flat;
      const array = this.array;
      // The base wrote the item's own data at `start`: copy it to every vertex, then add the vertex's constants.
      for (let v = constants.length - 1; v >= 0; v--) {
        const at = start + v * stride;
        if (v > 0) array.copyWithin(at, start, start + own);
        array.set(constants[v]!, at + own);
      }
    }
  }
  return Flat as unknown as C;
}
