// The seam between the training/inference runtime and whatever executes
// graphs. Persistent state (weights, optimizer slots) lives inside a session,
// so a GPU backend keeps it on the device and reads it back only when asked.
import type { Graph } from '../compiler/graph/types.ts';

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

export type BackendName = 'reference' | 'js' | 'webgpu';

export const BACKEND_NAMES: readonly BackendName[] = ['reference', 'js', 'webgpu'];

export async function loadBackend(name: string): Promise<Backend> {
  switch (name) {
    case 'reference': {
      const { referenceBackend } = await import('./backends/reference.ts');
      return referenceBackend;
    }
    case 'js': {
      const { jsBackend } = await import('./backends/js/session.ts');
      return jsBackend;
    }
    case 'webgpu': {
      // Needs a WebGPU adapter when a session is created (Dawn in Node, navigator.gpu in a browser).
      const { webgpuBackend } = await import('./backends/webgpu/session.ts');
      return webgpuBackend;
    }
    default:
      throw new Error(`unknown backend "${name}" (available: ${BACKEND_NAMES.join(', ')})`);
  }
}

/** The fastest backend that works on any machine, GPU or not: fused kernels on the CPU. */
export const DEFAULT_BACKEND: BackendName = 'js';
