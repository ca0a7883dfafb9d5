// The seam between the training/inference runtime and whatever executes
// graphs. Persistent state (weights, optimizer slots) lives inside a session,
// so a GPU backend keeps it on the device and reads it back only when asked.
import type { Graph } from '../compiler/graph/types.ts';
import { TARGET_NAMES, type TargetName } from '../compiler/target.ts';

export type StateMap = Map<string, Float32Array>;

export interface Session {
  /**
   * Runs one of the session's graphs on `inputs`, applies the graph's updates
   * to the persistent state, and returns the requested outputs (all by default).
   */
  run(graph: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Current values of persistent state (weights and optimizer slots). */
  readState(): Promise<StateMap>;
  dispose(): void;
}

export interface Backend {
  readonly name: string;
  createSession(graphs: Readonly<Record<string, Graph>>, state: StateMap): Promise<Session>;
}

/** The reference interpreter, or a compile target (compiler/target.ts) run in-process. */
export type BackendName = 'reference' | TargetName;

export const BACKEND_NAMES: readonly BackendName[] = ['reference', ...TARGET_NAMES];

/**
 * The backend called `name`. A compile target's backend is its session
 * adapter, runtime/backends/<target>/session.ts, which exports `backend`:
 * adding a target adds its backend with no change here (docs/executors.md).
 * Modules load on first use: webgpu needs an adapter only when a session is
 * created (Dawn in Node, navigator.gpu in a browser).
 */
export async function loadBackend(name: string): Promise<Backend> {
  if (name === 'reference') {
    const { referenceBackend } = await import('./backends/reference.ts');
    return referenceBackend;
  }
  if (!(TARGET_NAMES as readonly string[]).includes(name)) {
    throw new Error(`unknown backend "${name}" (available: ${BACKEND_NAMES.join(', ')})`);
  }
  let adapter: { backend?: Backend };
  try {
    adapter = (await import(/* @vite-ignore */ `./backends/${name}/session.ts`)) as { backend?: Backend };
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error(`the ${name} target has no session adapter yet (runtime/backends/${name}/session.ts)`);
  }
  if (!adapter.backend) throw new Error(`runtime/backends/${name}/session.ts exports no \`backend\``);
  return adapter.backend;
}

/** The fastest backend that works on any machine, GPU or not: fused kernels on the CPU. */
export const DEFAULT_BACKEND: BackendName = 'js';
