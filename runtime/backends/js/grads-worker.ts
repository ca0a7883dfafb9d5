// A data-parallel worker thread (see data-parallel.ts): it runs one program —
// the loss and gradients of a share of the batch — with the CPU executor over
// weights shared with the main thread (SharedArrayBuffer-backed arrays: the
// main thread's optimizer update lands in them in place, and the next step's
// message orders it before this thread reads them). The kernels arrive as
// the JS module source the main thread rendered, so nothing is compiled here.
import { parentPort } from 'node:worker_threads';
import type { ProgramPlan } from '../../../compiler/plan.ts';
import { MODULE_ALLOCATE } from '../../../compiler/render/js.ts';
import { JsExecutor, type JsExecutorOptions, type KernelFn, type KernelTable } from '../../exec/js.ts';
import { installNativeGemm } from './native-gemm.ts';

export interface WorkerInit {
  readonly kind: 'init';
  readonly name: string;
  /** `renderJsModule` output: `new Function(source)()` gives the kernel functions by name. */
  readonly source: string;
  /** Each kernel's buffer parameter names, in binding order. */
  readonly buffers: Readonly<Record<string, readonly string[]>>;
  readonly plan: ProgramPlan;
  /** The weights, backed by SharedArrayBuffers. */
  readonly state: Readonly<Record<string, Float32Array>>;
}

export interface WorkerStep {
  readonly kind: 'step';
  readonly id: number;
  readonly inputs: Readonly<Record<string, Float32Array>>;
  readonly outputs: readonly string[];
}

export type WorkerReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly id: number; readonly outputs: Record<string, Float32Array> }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };

const port = parentPort;
if (!port) throw new Error('grads-worker.ts runs as a worker thread (runtime/backends/js/data-parallel.ts starts it)');

let executor: JsExecutor | undefined;
let state: Readonly<Record<string, Float32Array>> = {};

port.on('message', (m: WorkerInit | WorkerStep) => {
  const id = m.kind === 'step' ? m.id : -1;
  try {
    if (m.kind === 'init') {
      installNativeGemm();
      const fns = new Function(m.source)() as Record<string, KernelFn>;
      const table: KernelTable = Object.fromEntries(Object.entries(m.buffers).map(([name, buffers]) => [name, { fn: fns[name]!, buffers }]));
      executor = new JsExecutor(m.name, m.plan, table, { allocate: (fns as Record<string, unknown>)[MODULE_ALLOCATE] as JsExecutorOptions['allocate'] });
      state = m.state;
      port.postMessage({ kind: 'ready' } satisfies WorkerReply);
      return;
    }
    if (!executor) throw new Error('step before init');
    const outputs = executor.run(m.inputs, state, m.outputs);
    port.postMessage({ kind: 'result', id, outputs } satisfies WorkerReply, Object.values(outputs).map((a) => a.buffer as ArrayBuffer));
  } catch (e) {
    port.postMessage({ kind: 'error', id, message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
