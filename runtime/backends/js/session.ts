// The JavaScript backend: a thin adapter from graphs to the CPU executor
// (runtime/exec/js.ts). Each graph is compiled once, on first use
// (compileGraph → planProgram → compileJs), and its plan runs over the
// session's state arrays, bound directly: the updates land in them in place.
import type { Graph } from '../../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import { planProgram } from '../../../compiler/plan.ts';
import { compileGraph } from '../../../compiler/program.ts';
import { compileJs } from '../../../compiler/render/js.ts';
import { JS_TARGET } from '../../../compiler/target.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { JsExecutor, type KernelTable } from '../../exec/js.ts';

/**
 * A lowered program ready to run on the CPU with the js executor. Grid
 * (GPU-shaped) programs run too, through the JS renderer's workgroup
 * emulation, which is how tests check the GPU lowering without a GPU.
 */
export class JsProgram {
  private readonly executor: JsExecutor;

  constructor(
    readonly name: string,
    readonly graph: Graph,
    readonly program: LoweredProgram,
    /** The state the program will run over (run() binds whichever it is given). */
    readonly state: StateMap,
  ) {
    const fns = compileJs(program.kernels.map((k) => k.kernel), { checked: false });
    const table: KernelTable = Object.fromEntries(program.kernels.map(({ kernel }) => [
      kernel.name, { fn: fns[kernel.name]!, buffers: kernel.buffers.map((b) => b.name) },
    ]));
    this.executor = new JsExecutor(name, planProgram(program), table);
  }

  /** Runs every kernel, then applies the updates to `state`'s arrays in place. */
  run(inputs: ReadonlyMap<string, Float32Array>, state: StateMap = this.state, outputs?: readonly string[]): Map<string, Float32Array> {
    return new Map(Object.entries(this.executor.run(inputs, state, outputs)));
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

/** This target's backend, as loadBackend finds it (runtime/backend.ts). */
export { jsBackend as backend };
