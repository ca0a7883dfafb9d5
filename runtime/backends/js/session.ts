// The JavaScript backend: each graph compiled (passes → fusion → lowering →
// the JS renderer) into fused kernels over typed arrays, run in order on the
// CPU. Buffers are allocated once per graph: inputs and results their own
// arrays, params the session's state arrays (shared by every graph of the
// session), intermediates views into the memory plan's slots.
import { compileGraph } from '../../../compiler/program.ts';
import { JS_TARGET } from '../../../compiler/target.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import type { Graph } from '../../../compiler/graph/types.ts';
import { compileJs, type JsBuffer, type JsKernelFn } from '../../../compiler/render/js.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { checkRun, stateEntry } from '../lowered-run.ts';

interface Step {
  readonly fn: JsKernelFn;
  readonly buffers: Readonly<Record<string, JsBuffer>>;
}

/**
 * A lowered program bound to its arrays, ready to run on the CPU. Grid
 * (GPU-shaped) programs run too, through the JS renderer's workgroup
 * emulation, which is how tests check the GPU lowering without a GPU.
 */
export class JsProgram {
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
      if (b.kind === 'param') return stateEntry(name, state, b.source!, b.length);
      if (b.slot !== undefined) return slots[b.slot]!.subarray(0, b.length);
      return new Float32Array(b.length);
    });
    const fns = compileJs(program.kernels.map((k) => k.kernel), { checked: false });
    this.steps = program.kernels.map((lk) => ({
      fn: fns[lk.kernel.name]!,
      buffers: Object.fromEntries(lk.kernel.buffers.map((p, i) => [p.name, this.arrays[lk.bindings[i]!]!])),
    }));
  }

  /** Runs every kernel, then applies the updates to `state` (the map whose arrays the program was bound to). */
  run(inputs: ReadonlyMap<string, Float32Array>, state: StateMap, outputs?: readonly string[]): Map<string, Float32Array> {
    const checked = checkRun(this.name, this.graph, this.program, inputs, outputs);
    for (const { buffer, value } of checked.inputs) this.arrays[buffer]!.set(value);
    for (const s of this.steps) s.fn(s.buffers, {});
    const result = new Map(checked.outputs.map((o) => [o.name, this.arrays[o.buffer]!.slice()]));
    // Updates land after every kernel has run: a kernel may still read the old value.
    for (const u of this.program.updates) state.get(u.name)!.set(this.arrays[u.buffer]!);
    return result;
  }
}

class JsSession implements Session {
  private readonly compiled = new Map<string, JsProgram>();

  constructor(
    private readonly graphs: Readonly<Record<string, Graph>>,
    private readonly state: StateMap,
  ) {}

  private graph(name: string): JsProgram {
    let c = this.compiled.get(name);
    if (!c) {
      const g = this.graphs[name];
      if (!g) throw new Error(`no graph named "${name}" in this session`);
      c = new JsProgram(name, g, compileGraph(g, { target: JS_TARGET }).lowered, this.state);
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
