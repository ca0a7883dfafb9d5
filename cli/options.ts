// Options several commands share, described once so their help and their
// validation read the same everywhere.
import { BACKEND_NAMES, DEFAULT_BACKEND, type BackendName } from '../runtime/backend.ts';
import { assertFinite } from '../runtime/finite.ts';
import { readSafetensors, type SafetensorsFile } from '../runtime/safetensors.ts';
import * as os from 'node:os';
import { choiceFlag, intFlag, MAX_SAFETENSORS_BYTES, sizeFlag, UsageError, type OptionSpec, type ParsedArgs } from './args.ts';
import type { ScanMemoryOptions } from '../compiler/graph/ops/scan-vjp.ts';

export const SET: OptionSpec = { name: 'set', type: 'option', multiple: true, value: 'NAME=VALUE', description: "override a model hyperparameter, e.g. --set dim=128" };
export const CTX: OptionSpec = { name: 'ctx', type: 'option', value: 'N', description: "context length (default: the model's ctx hyperparameter)" };
export const batch = (dflt: number, what = 'batch size'): OptionSpec => ({ name: 'batch', type: 'option', value: 'N', description: `${what} (default ${dflt})` });
export const BACKEND: OptionSpec = {
  name: 'backend', type: 'option', value: 'NAME',
  description: `where the model runs: ${BACKEND_NAMES.join(', ')} (default ${DEFAULT_BACKEND})`,
};
export const MEMORY_BUDGET: OptionSpec = {
  name: 'memory-budget', type: 'option', value: 'SIZE',
  description: 'refuse to start when the planned peak memory exceeds SIZE (4GiB, 512MiB, 2GB, bytes)',
};
export const SCAN_MEMORY: OptionSpec = {
  name: 'scan-memory', type: 'option', value: 'MODE',
  description: "scan backprop: store each step's state, recompute it from checkpoints, auto (recompute a scan whose states pass 64MiB) or SIZE (auto with that budget); default auto",
};

/** `--scan-memory store|recompute|auto|SIZE` (SIZE: auto with that budget); undefined when absent. */
export function scanMemoryFlag(v: string | undefined): ScanMemoryOptions | undefined {
  if (v === undefined) return undefined;
  if (v === 'store' || v === 'recompute' || v === 'auto') return { mode: v };
  if (!/^\d/.test(v.trim())) throw new UsageError(`--scan-memory must be store, recompute, auto or a size such as 16MiB (auto with that budget), got ${v === '' ? 'an empty value' : JSON.stringify(v)}`);
  return { mode: 'auto', budgetBytes: sizeFlag(v, 'scan-memory')! };
}

export const ALLOW_NONFINITE: OptionSpec = {
  name: 'allow-nonfinite', type: 'flag',
  description: 'load weights that contain NaN or ±Infinity (refused by default)',
};

export const THREADS: OptionSpec = {
  name: 'threads', type: 'option', value: 'N|auto',
  description: 'threads of the js train step, data-parallel over the batch (default auto: the cores this process may use, at most the batch, dividing it; LOOM_THREADS sets the default)',
};

/** `--threads N|auto` (absent: LOOM_THREADS, else auto): auto is the most threads, up to the cores available, that split the batch evenly. */
export function threadsFlag(v: string | undefined, batch: number): number {
  const value = v ?? process.env.LOOM_THREADS ?? 'auto';
  if (value !== 'auto') return intFlag(value, 'threads', 1, 1, 256);
  for (let t = Math.min(os.availableParallelism(), batch); t > 1; t--) if (batch % t === 0) return t;
  return 1;
}

export function backendFlag(args: ParsedArgs): BackendName {
  return choiceFlag(args.str('backend'), 'backend', BACKEND_NAMES, DEFAULT_BACKEND);
}

export const NONFINITE_HINT = '; pass --allow-nonfinite to load it anyway';

/**
 * Reads a safetensors file named on the command line (already checked to be
 * a regular file) and, unless `allowNonFinite`, refuses one whose floating
 * tensors hold NaN or ±Infinity (those named by `which`, default all).
 */
export function readWeights(file: string, what: string, allowNonFinite: boolean, which?: (name: string) => boolean): SafetensorsFile {
  const st = readSafetensors(file, { what, maxBytes: MAX_SAFETENSORS_BYTES });
  if (!allowNonFinite) assertFinite(st.tensors, file, { which, hint: NONFINITE_HINT });
  return st;
}
