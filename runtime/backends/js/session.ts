// The JavaScript backend: each graph compiled (passes → fusion → lowering →
// the JS renderer) into fused kernels over typed arrays, run in order on the
// CPU. Buffers are allocated once per graph: inputs and results their own
// arrays, params the session's state arrays (shared by every graph of the
// session), intermediates views into the memory plan's slots.
import { compileGraph } from '../../../compiler/program.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import type { Graph } from '../../../compiler/graph/types.ts';
import { compileJs, type JsBuffer, type JsKernelFn } from '../../../compiler/render/js.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { checkIndexInputs } from '../../validate.ts';

interface Step {
  readonly fn: JsKernelFn;
  readonly buffers: Readonly<Record<string, JsBuffer>>;
}

/** One graph, compiled and bound to its arrays. */
class CompiledGraph {
  private readonly arrays: Float32Array[];
  private readonly steps: Step[];

  constructor(
    readonly name: string,
    readonly graph: Graph,
    readonly program: LoweredProgram,
    state: StateMap,
  ) {
    const slots = program.slots.map((n) => new Float32Array(n));
    this.arrays = program.buffers.map((b) => {
      if (b.kind === 'param') {
        const arr = state.get(b.source!);
        if (!arr) throw new Error(`graph "${name}" needs param "${b.source}", which the session's state does not have`);
        if (arr.length !== b.length) throw new Error(`param "${b.source}" has ${arr.length} elements; graph "${name}" needs ${b.length}`);
        return arr;
      }
      if (b.slot !== undefined) return slots[b.slot]!.subarray(0, b.length);
      return new Float32Array(b.length);
    });
    const fns = compileJs(program.kernels.map((k) => k.kernel), { checked: false });
    this.steps = program.kernels.map((lk) => ({
      fn: fns[lk.kernel.name]!,
      buffers: Object.fromEntries(lk.kernel.buffers.map((p, i) => [p.name, this.arrays[lk.bindings[i]!]!])),
    }));
  }

  run(inputs: ReadonlyMap<string, Float32Array>, state: StateMap, outputs?: readonly string[]): Map<string, Float32Array> {
    checkIndexInputs(this.graph, inputs);
    for (const { name, buffer } of this.program.inputs) {
      const value = inputs.get(name);
      const arr = this.arrays[buffer]!;
      if (!value) throw new Error(`graph "${this.name}" needs input "${name}"`);
      if (value.length !== arr.length) throw new Error(`input "${name}" has ${value.length} elements; graph "${this.name}" needs ${arr.length}`);
      arr.set(value);
    }
    for (const s of this.steps) s.fn(s.buffers, {});
    const result = new Map<string, Float32Array>();
    for (const o of this.program.outputs) {
      if (!outputs || outputs.includes(o.name)) result.set(o.name, this.arrays[o.buffer]!.slice());
    }
    if (outputs) {
      for (const name of outputs) if (!result.has(name)) throw new Error(`graph "${this.name}" has no output "${name}"`);
    }
    // Updates land after every kernel has run: a kernel may still read the old value.
    for (const u of this.program.updates) state.get(u.name)!.set(this.arrays[u.buffer]!);
    return result;
  }
}

class JsSession implements Session {
  private readonly compiled = new Map<string, CompiledGraph>();

  constructor(
    private readonly graphs: Readonly<Record<string, Graph>>,
    private readonly state: StateMap,
  ) {}

  private graph(name: string): CompiledGraph {
    let c = this.compiled.get(name);
    if (!c) {
      const g = this.graphs[name];
      if (!g) throw new Error(`no graph named "${name}" in this session`);
      c = new CompiledGraph(name, g, compileGraph(g, { target: 'cpu' }).lowered, this.state);
      this.compiled.set(name, c);
    }
    return c;
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    return this.graph(name).run(inputs, this.state, outputs);
  }

  async readState(): Promise<StateMap> {
    return new Map([...this.state].map(([k, v]) => [k, v.slice()]));
  }

  dispose(): void {
    this.compiled.clear();
  }
}

export const jsBackend: Backend = {
  name: 'js',
  async createSession(graphs, state) {
    // The session owns copies: updates write into its arrays in place.
    return new JsSession(graphs, new Map([...state].map(([k, v]) => [k, Float32Array.from(v)])));
  },
};
