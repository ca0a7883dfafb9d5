// Data-parallel training on the CPU: the train step's batch is split across
// threads, each thread runs the loss and gradients of its share
// (DataParallelPrograms.grads, compiler/model.ts), and the main thread
// averages them and runs the optimizer update (`apply`). One exchange per
// step, so the threads synchronise about once per 20–2000 ms of work rather
// than once per kernel (a gpt step has ~100 kernels of 0.01–3 ms each, which
// intra-kernel splitting would have to synchronise around).
//
// The result equals the single-thread step up to floating-point summation
// order when the loss is a mean over the batch's sequences. That is checked
// on the first step, against the whole-batch `loss` program: a loss that is
// not such a mean (a sum, or one mixing sequences) makes the session fall
// back to the single-thread `train` program and say why (`fallback`).
//
// Weights and optimizer slots live in SharedArrayBuffers: the workers read
// the weights the main thread's update wrote, with no copies. Node only
// (worker_threads); the session's other programs run on the main thread.
import { Worker } from 'node:worker_threads';
import type { Graph, OpAttrs } from '../../../compiler/graph/types.ts';
import type { DataParallelPrograms } from '../../../compiler/model.ts';
import { GRAD_PREFIX, STEP_INPUT } from '../../../compiler/autodiff/train-step.ts';
import { planProgram } from '../../../compiler/plan.ts';
import type { Session, StateMap } from '../../backend.ts';
import type { WorkerInit, WorkerReply, WorkerStep } from './grads-worker.ts';
import { JsSession } from './session.ts';

/** Relative difference between the whole-batch loss and the mean of the shares' losses that still counts as equal. */
const LOSS_MEAN_TOLERANCE = 1e-4;

interface GradsWorker {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (o: Record<string, Float32Array>) => void; reject: (e: Error) => void }>;
}

export class DataParallelSession implements Session {
  private readonly main: JsSession;
  private readonly workers: GradsWorker[] = [];
  private nextId = 0;
  private checked = false;
  /** Why the session runs the single-thread train step instead, once it does. */
  fallback: string | undefined;

  private constructor(
    private readonly graphs: Readonly<Record<string, Graph>>,
    private readonly dp: DataParallelPrograms,
    state: StateMap,
  ) {
    this.main = new JsSession({ ...graphs, [GRADS]: dp.grads, [APPLY]: dp.apply }, state);
  }

  /** Starts `dp.threads − 1` workers beside the main thread; resolves once each has its program. */
  static async create(graphs: Readonly<Record<string, Graph>>, state: StateMap, dp: DataParallelPrograms): Promise<DataParallelSession> {
    // Shared copies: the session owns its state, as createJsSession's does.
    const shared: StateMap = new Map([...state].map(([k, v]) => {
      const a = new Float32Array(new SharedArrayBuffer(v.length * 4));
      a.set(v);
      return [k, a];
    }));
    const s = new DataParallelSession(graphs, dp, shared);
    const grads = s.main.program(GRADS);
    const names = new Set(dp.grads.nodes.filter((n) => n.op === 'param').map((n) => (n.attrs as OpAttrs['param']).name));
    const init: WorkerInit = {
      kind: 'init',
      name: GRADS,
      source: grads.source,
      buffers: Object.fromEntries(grads.program.kernels.map(({ kernel }) => [kernel.name, kernel.buffers.map((b) => b.name)])),
      plan: planProgram(grads.program),
      state: Object.fromEntries([...shared].filter(([k]) => names.has(k))),
    };
    try {
      await Promise.all(Array.from({ length: dp.threads - 1 }, () => s.startWorker(init)));
    } catch (e) {
      s.dispose();
      throw e;
    }
    return s;
  }

  private startWorker(init: WorkerInit): Promise<void> {
    const worker = new Worker(new URL('./grads-worker-boot.mjs', import.meta.url));
    const w: GradsWorker = { worker, pending: new Map() };
    this.workers.push(w);
    return new Promise((ready, failed) => {
      const fail = (e: Error): void => {
        failed(e);
        for (const p of w.pending.values()) p.reject(e);
        w.pending.clear();
      };
      worker.on('message', (m: WorkerReply) => {
        if (m.kind === 'ready') {
          worker.unref(); // idle between steps: it must not keep the process alive
          ready();
          return;
        }
        const p = w.pending.get(m.id);
        w.pending.delete(m.id);
        if (w.pending.size === 0) worker.unref();
        if (m.kind === 'result') p?.resolve(m.outputs);
        else p?.reject(new Error(`data-parallel worker: ${m.message}`));
      });
      worker.on('error', (e) => fail(new Error(`data-parallel worker failed: ${e.message}`)));
      worker.on('exit', (code) => { if (code !== 0) fail(new Error(`data-parallel worker exited with code ${code}`)); });
      worker.postMessage(init);
    });
  }

  private remote(w: GradsWorker, inputs: Record<string, Float32Array>, outputs: readonly string[]): Promise<Record<string, Float32Array>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.ref();
      w.worker.postMessage({ kind: 'step', id, inputs, outputs } satisfies WorkerStep);
    });
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    if (name !== 'train' || this.fallback !== undefined) return this.main.run(name, inputs, outputs);
    return this.parallelStep(inputs, outputs);
  }

  /** The grads of every share (thread 0 here, the rest on workers), their mean, then `apply`. */
  private async parallelStep(inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    const { threads } = this.dp;
    const shares = Array.from({ length: threads }, () => ({}) as Record<string, Float32Array>);
    for (const n of this.dp.grads.nodes) {
      if (n.op !== 'input') continue;
      const name = (n.attrs as OpAttrs['input']).name;
      const full = inputs.get(name);
      if (!full) throw new Error(`program "train": no value for input "${name}"`);
      const size = n.type.shape.reduce((a, d) => a * d, 1);
      if (full.length !== size * threads) throw new Error(`program "train": input "${name}" has ${full.length} elements, expected ${size * threads}`);
      for (let t = 0; t < threads; t++) shares[t]![name] = full.slice(t * size, (t + 1) * size);
    }
    const wanted = this.dp.grads.outputs.map((o) => o.name);
    const remote = this.workers.map((w, i) => this.remote(w, shares[i + 1]!, wanted));
    const local = await this.main.run(GRADS, new Map(Object.entries(shares[0]!)), wanted);
    const parts = [Object.fromEntries(local), ...(await Promise.all(remote))];
    const mean = new Map<string, Float32Array>();
    for (const name of wanted) {
      const m = parts[0]![name]!.slice();
      for (let t = 1; t < threads; t++) {
        const x = parts[t]![name]!;
        for (let i = 0; i < m.length; i++) m[i]! += x[i]!;
      }
      for (let i = 0; i < m.length; i++) m[i]! /= threads;
      mean.set(name, m);
    }
    if (!this.checked) {
      this.checked = true;
      this.fallback = await this.lossMeanProblem(inputs, mean.get('loss')![0]!);
      if (this.fallback !== undefined) return this.main.run('train', inputs, outputs);
    }
    const applyInputs = new Map([...mean].filter(([k]) => k === 'loss' || k.startsWith(GRAD_PREFIX)));
    applyInputs.set(STEP_INPUT, inputs.get(STEP_INPUT)!);
    const applyOutputs = this.dp.apply.outputs.map((o) => o.name);
    const applied = await this.main.run(APPLY, applyInputs, applyOutputs.filter((o) => !outputs || outputs.includes(o)));
    const result = new Map<string, Float32Array>();
    for (const o of outputs ?? [...applyOutputs, ...wanted.filter((w) => !w.startsWith(GRAD_PREFIX) && w !== 'loss')]) {
      const v = applied.get(o) ?? mean.get(o);
      if (v) result.set(o, v);
    }
    return result;
  }

  /** Why the shares' mean loss is not the whole batch's loss, if it is not (then data parallelism would change training). */
  private async lossMeanProblem(inputs: ReadonlyMap<string, Float32Array>, meanLoss: number): Promise<string | undefined> {
    if (!this.graphs.loss) return undefined;
    const feeds = new Map([...inputs].filter(([k]) => k !== STEP_INPUT));
    const whole = (await this.main.run('loss', feeds, ['loss'])).get('loss')![0]!;
    if (Math.abs(whole - meanLoss) <= LOSS_MEAN_TOLERANCE * Math.max(1, Math.abs(whole))) return undefined;
    return `the loss of the whole batch (${whole}) is not the mean of its ${this.dp.threads} shares' losses (${meanLoss}): the loss is not a mean over sequences, so the train step runs on one thread`;
  }

  async readState(): Promise<StateMap> {
    return this.main.readState();
  }

  dispose(): void {
    for (const w of this.workers) void w.worker.terminate();
    this.workers.length = 0;
    this.main.dispose();
  }
}

const GRADS = 'dp_grads';
const APPLY = 'dp_apply';
