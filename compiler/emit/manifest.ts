// manifest.json: what a bundle holds, for tools and for people, without
// reading its code: the model, the shapes it was compiled for, its tensors,
// each program's figures (programStats: kernels, bytes moved, FLOPs, peak
// memory, fused and unfused) and every kernel with its .loom location and
// the buffers it binds. Every figure is a deterministic function of the
// model file, the config and the shapes; nothing about the machine or the
// time of the compile goes in (see stable-json.ts for the byte format).
import type { OptimizerConfig } from '../autodiff/optimizer.ts';
import type { KernelKind } from '../fusion/types.ts';
import type { InitSpec } from '../graph/types.ts';
import type { ProgramFigures } from '../stats.ts';
import type { TargetName } from '../target.ts';

/** Bumped when the layout of the manifest or of the generated module changes incompatibly. */
export const BUNDLE_FORMAT = 'loom-bundle/1';

/**
 * A bundle's programs, in bundle order: the forward pass (`model.forward`, and
 * generation for a model that keeps no cache), the train step (left out of an
 * inference-only bundle), and the prefill and decode programs of cached
 * generation (docs/decoding.md), present when the model can decode
 * incrementally (`Manifest.generation`).
 */
export type ProgramName = 'forward' | 'trainStep' | 'prefill' | 'decode';
export const PROGRAM_NAMES: readonly ProgramName[] = ['forward', 'trainStep', 'prefill', 'decode'];

/**
 * How `model.generate` runs the model: through the KV cache (prefill once,
 * then one decode per token, sliding at a full cache exactly as `loom
 * generate` does), or by rerunning the forward pass over the last ctx tokens
 * for every token, for a model that cannot decode incrementally (`reason`:
 * what compiling its decode program reported).
 */
export type ManifestGeneration =
  | {
    path: 'cached';
    /** Positions each cache holds. */
    cacheLength: number;
    /** Tokens one prefill takes. */
    prefillLength: number;
    /** Tokens a slide keeps when the cache is full. */
    slideKeep: number;
    /** The cache state tensors (zeros at the start of every generation). */
    caches: { name: string; shape: number[] }[];
    /** A recurrent model's prefill input that takes the prompt's length. */
    promptLengthInput?: string;
  }
  | { path: 'recompute'; reason: string };

export interface ManifestTensor {
  name: string;
  shape: number[];
  dtype: string;
}

export interface ManifestParam {
  name: string;
  shape: number[];
  init: InitSpec;
}

export interface ManifestKernelBuffer {
  /** The kernel's parameter name. */
  name: string;
  /** The program buffer bound to it. */
  buffer: string;
  /** input | param | result | intermediate */
  kind: string;
  /** f32 elements. */
  elements: number;
  access: string;
}

export interface ManifestKernel {
  /** The kernel's name within its program. */
  name: string;
  program: ProgramName;
  /** The fused group's kind (elementwise, reduction, contraction, …). */
  kind: KernelKind;
  /** The fused group (index into the program's fused kernels) it computes. */
  group: number;
  /** The .loom `file:line:col` the kernel computes, relative to the loom repository; null when unknown. */
  source: string | null;
  /** Where its code is in the bundle. */
  file: string;
  buffers: ManifestKernelBuffer[];
  /** Workgroups launched (grid kernels); [1, 1, 1] for serial (CPU) kernels. */
  workgroups: number[];
  /** Invocations per workgroup; [1, 1, 1] for serial (CPU) kernels. */
  workgroupSize: number[];
}

export interface ManifestProgram {
  inputs: ManifestTensor[];
  outputs: ManifestTensor[];
  /** Params written after the run (the train step's weights and optimizer slots). */
  updates: string[];
  /** Kernels launched per run, as lowered for the target (a fused group may lower to several). */
  launches: number;
  /** Buffers of the lowered program and the elements of each memory slot. */
  buffers: number;
  slots: number[];
  /** programStats of the program's graph: op by op (`unfused`) and as compiled (`fused`). */
  stats: { unfused: ProgramFigures; fused: ProgramFigures };
}

export interface Manifest {
  format: string;
  model: string;
  /** The model file, relative to the loom repository (or to the working directory). */
  source: string;
  target: TargetName;
  /** The command that regenerates the bundle. */
  command: string;
  config: Record<string, number | boolean | string>;
  shapes: { batch: number; ctx: number; forwardBatch: number };
  /** The train step's AdamW, clipping and schedule settings (they are compiled into its kernels). */
  optimizer: Omit<OptimizerConfig, 'decays'>;
  params: ManifestParam[];
  /** Optimizer slots (the train step's other persistent state), zero at the start. */
  optimizerState: { name: string; shape: number[] }[];
  /** An inference-only bundle (`--inference`) has no train step; a model without a cache has no prefill or decode. */
  programs: { forward: ManifestProgram; trainStep?: ManifestProgram; prefill?: ManifestProgram; decode?: ManifestProgram };
  /** Which path `model.generate` takes. */
  generation: ManifestGeneration;
  /** True for an inference-only bundle. */
  inference?: boolean;
  kernels: ManifestKernel[];
}

export function optimizerSettings(o: OptimizerConfig): Manifest['optimizer'] {
  const { decays: _decays, ...numbers } = o;
  return numbers;
}
