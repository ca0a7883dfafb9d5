// The reference backend: the unfused interpreter. Slow, simple and exact; the
// oracle that every other backend is tested against. Its inputs get the same
// checks as every compiled program's (runtime/exec/inputs.ts), from the same
// analysis of the graph (planInputs).
import type { Graph } from '../../compiler/graph/types.ts';
import { planInputs, type PlanInputChecks } from '../../compiler/plan.ts';
import { runGraph } from '../reference/interpreter.ts';
import { checkInputs } from '../exec/inputs.ts';
import type { Backend, Session, StateMap } from '../backend.ts';

class ReferenceSession implements Session {
  private readonly checks = new Map<string, PlanInputChecks>();

  constructor(
    private readonly graphs: Readonly<Record<string, Graph>>,
    private readonly state: StateMap,
  ) {}

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    const g = this.graphs[name];
    if (!g) throw new Error(`no graph named "${name}" in this session`);
    let checks = this.checks.get(name);
    if (!checks) this.checks.set(name, (checks = planInputs(g)));
    checkInputs(name, checks, inputs);
    const r = runGraph(g, { inputs, params: this.state }, outputs ? { outputs: [...outputs] } : {});
    for (const [target, value] of r.updates) this.state.set(target, value as Float32Array);
    return r.outputs as Map<string, Float32Array>;
  }

  async readState(): Promise<StateMap> {
    return new Map(this.state);
  }

  dispose(): void {}
}

export const referenceBackend: Backend = {
  name: 'reference',
  async createSession(graphs, state) {
    return new ReferenceSession(graphs, new Map(state));
  },
};
