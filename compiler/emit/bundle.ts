// `loom compile`: a .loom language model → a bundle, as files in memory
// (write.ts puts them on disk). The bundle holds programs compiled for
// concrete shapes — the forward pass at [forwardBatch, ctx], the train step
// at [batch, ctx] (left out of an inference-only bundle), and, for a model
// that decodes incrementally, the prefill and decode programs of cached
// generation (docs/decoding.md) — lowered for the target (compileGraph),
// their kernels rendered by loom's renderers, a typed TypeScript module that
// runs them (built with ts-morph structures), and manifest.json.
//
// Everything is a deterministic function of the model file and the options:
// no timestamps, no absolute paths (locations are relative to the loom
// repository, see paths.ts), map and object orders fixed.
import { defaultOptimizer, type OptimizerConfig } from '../autodiff/optimizer.ts';
import type { FusedProgram } from '../fusion/types.ts';
import type { Graph, OpAttrs } from '../graph/types.ts';
import type { ScanMemoryOptions } from '../graph/ops/scan-vjp.ts';
import type { LoweredProgram } from '../kernel/lower/types.ts';
import { compileLanguageModel, inferencePrograms, type CompiledLanguageModel, type ConfigValue, type InferencePrograms } from '../model.ts';
import { planProgram, type ProgramPlan } from '../plan.ts';
import { compileGraph } from '../program.ts';
import { targetSpec, type TargetName } from '../target.ts';
import { statsOf, type ProgramStats } from '../stats.ts';
import {
  BUNDLE_FORMAT, optimizerSettings, PROGRAM_NAMES,
  type Manifest, type ManifestGeneration, type ManifestKernel, type ManifestProgram, type ManifestTensor, type ProgramName,
} from './manifest.ts';
import type { BundleKernel, BundleWriter, ModuleProgram, ModuleSpec } from './module-common.ts';
import { CUDA_BUNDLE } from './module-cuda.ts';
import { JS_BUNDLE } from './module-js.ts';
import { WEBGPU_BUNDLE } from './module-webgpu.ts';
import { displayLocation, displayPath } from './paths.ts';
import { stableJson, type JsonValue } from './stable-json.ts';

/** How each target's bundle is laid out: its kernel files and its module (module-<target>.ts). */
const BUNDLE_WRITERS: Readonly<Record<TargetName, BundleWriter>> = { js: JS_BUNDLE, webgpu: WEBGPU_BUNDLE, cuda: CUDA_BUNDLE };

export const MODULE_FILE = 'index.ts';
export const MANIFEST_FILE = 'manifest.json';

export interface BundleOptions {
  target: TargetName;
  config?: Record<string, ConfigValue>;
  /** Sequences per train step. Default 16 (as `loom train`). */
  batch?: number;
  /** Context length; default the model's `ctx` hyperparameter. */
  ctx?: number;
  /** Sequences per forward pass. Default 1 (generation). */
  forwardBatch?: number;
  /** Default: loom's AdamW defaults (docs/architecture.md). */
  optimizer?: OptimizerConfig;
  /** cuda: compute capabilities to write PTX for (nvcc); [] for none; default 80 and 90 when nvcc is installed. */
  ptx?: readonly number[];
  /** Inference only: the forward pass alone, no train step (its kernels, plan, optimizer slots and API are left out). */
  inference?: boolean;
  /** Whether the train step's scan backprop stores or recomputes states (docs/scan.md); default auto. */
  scanMemory?: ScanMemoryOptions;
  /** Stage messages (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface Bundle {
  /** Path relative to the bundle directory → content, sorted by path. */
  files: Map<string, string>;
  manifest: Manifest;
}

/** A program compiled for the bundle: its graph, the fused and lowered forms and the figures. */
export interface BundleProgram {
  graph: Graph;
  fused: FusedProgram;
  lowered: LoweredProgram;
  stats: ProgramStats;
}

export function compileBundle(file: string, options: BundleOptions): Bundle {
  const log = options.log ?? (() => {});
  const optimizer = options.optimizer ?? defaultOptimizer;
  const batch = options.batch ?? 16;
  const forwardBatch = options.forwardBatch ?? 1;
  const source = displayPath(file);
  const m = compileLanguageModel(file, { config: options.config, batch, ctx: options.ctx, optimizer, forwardBatch, ...(options.scanMemory ? { scanMemory: options.scanMemory } : {}) });
  const { inference, generation } = generationPrograms(file, source, m);
  if (generation.path === 'recompute') log(`${m.model}: generate reruns the forward pass (${generation.reason})`);
  const graphs: Partial<Record<ProgramName, Graph>> = {
    forward: m.graphs.forward,
    ...(options.inference ? {} : { trainStep: m.graphs.train }),
    ...(inference ? { prefill: inference.prefill, decode: inference.decode } : {}),
  };
  const target = targetSpec(options.target);
  const writer = BUNDLE_WRITERS[target.name];
  const names = PROGRAM_NAMES.filter((n) => graphs[n] !== undefined);
  const programs = {} as Record<ProgramName, BundleProgram>;
  for (const name of names) {
    log(`${m.model}: compiling ${name} for ${target.name}`);
    const graph = graphs[name]!;
    const { fused, lowered } = compileGraph(graph, { target });
    programs[name] = { graph, fused, lowered, stats: statsOf(graph, fused) };
  }

  const cmd = command(source, options, batch, forwardBatch);
  const header = [
    `Generated by \`${cmd}\` (${BUNDLE_FORMAT}): do not edit, recompile.`,
    `${m.model} for the ${target.name} target; see manifest.json beside this file and loom's docs/emit.md.`,
  ];
  const files = new Map<string, string>();
  const kernels: ManifestKernel[] = [];
  const plans = {} as Record<ProgramName, ProgramPlan>;
  const bundleKernels: BundleKernel[] = [];
  for (const name of names) {
    const { lowered, fused } = programs[name];
    // Locations relative to the loom repository, whatever the working directory (they appear in kernel sources).
    const bare = lowered.kernels.map((k) => (k.kernel.loc === undefined ? k.kernel : { ...k.kernel, loc: displayLocation(k.kernel.loc)! }));
    plans[name] = planProgram(lowered, { locate: (loc) => displayLocation(loc)! });
    log(`${m.model}: rendering ${bare.length} ${name} kernels`);
    const out = writer.kernelFiles(target, name, bare, header, { ...(options.ptx ? { ptx: options.ptx } : {}) });
    for (const [path, text] of out.files) files.set(path, text);
    bundleKernels.push(...out.kernels);
    lowered.kernels.forEach((lk, i) => {
      const k = bare[i]!;
      kernels.push({
        name: k.name,
        program: name,
        kind: fused.kernels[lk.group]!.kind,
        group: lk.group,
        source: k.loc ?? null,
        file: out.kernels[i]!.file,
        buffers: k.buffers.map((p, j) => {
          const b = lowered.buffers[lk.bindings[j]!]!;
          return { name: p.name, buffer: b.name, kind: b.kind, elements: b.length, access: p.access };
        }),
        workgroups: [...plans[name].launches[i]!.workgroups],
        workgroupSize: k.launch.kind === 'grid' ? [...k.launch.workgroupSize] : [1, 1, 1],
      });
    });
  }

  const spec = moduleSpec(header, m, graphs, plans, { batch, ctx: m.shapes.ctx, forwardBatch }, names, generation);
  log(`${m.model}: writing the module`);
  files.set(MODULE_FILE, writer.moduleSource(spec, bundleKernels));

  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    model: m.model,
    source,
    target: target.name,
    command: cmd,
    config: m.config,
    shapes: { batch, ctx: m.shapes.ctx, forwardBatch },
    ...(options.inference ? { inference: true } : {}),
    optimizer: optimizerSettings(optimizer),
    params: spec.params.map((p) => ({ name: p.name, shape: [...p.shape], init: p.init })),
    optimizerState: spec.optimizerState.map((s) => ({ name: s.name, shape: [...s.shape] })),
    programs: Object.fromEntries(names.map((n) => [n, manifestProgram(spec.programs[n]!, programs[n])])) as Manifest['programs'],
    generation,
    kernels,
  };
  files.set(MANIFEST_FILE, stableJson(manifest as unknown as JsonValue));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), manifest };
}

/** The command that reproduces the bundle, with only the options that shape it. */
function command(source: string, o: BundleOptions, batch: number, forwardBatch: number): string {
  const parts = ['loom compile', source, `--target ${o.target}`];
  if (batch !== 16) parts.push(`--batch ${batch}`);
  if (o.ctx !== undefined) parts.push(`--ctx ${o.ctx}`);
  if (forwardBatch !== 1) parts.push(`--forward-batch ${forwardBatch}`);
  if (o.inference) parts.push('--inference');
  if (o.ptx) parts.push(`--ptx ${o.ptx.length > 0 ? o.ptx.join(',') : 'none'}`);
  if (o.scanMemory) parts.push(`--scan-memory ${o.scanMemory.budgetBytes ?? o.scanMemory.mode}`);
  for (const k of Object.keys(o.config ?? {}).sort()) parts.push(`--set ${k}=${o.config![k]}`);
  return parts.join(' ');
}

/**
 * The prefill and decode programs of `m` (at the cache length ctx, batch 1),
 * as `loom generate` compiles them, and the manifest's `generation`. A model
 * that cannot decode incrementally (it keeps no cache, says
 * compileLanguageModel) gets none: its bundle generates by recomputing the
 * window, and the manifest says why.
 */
function generationPrograms(file: string, source: string, m: CompiledLanguageModel): { inference?: InferencePrograms; generation: ManifestGeneration } {
  let p: InferencePrograms;
  try {
    p = inferencePrograms(m);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Relative paths keep the manifest byte-for-byte reproducible.
    return { generation: { path: 'recompute', reason: message.split(m.program.entry).join(source).split(file).join(source).split('\n')[0]! } };
  }
  return {
    inference: p,
    generation: {
      path: 'cached',
      cacheLength: p.cacheLength,
      prefillLength: p.prefillLength,
      slideKeep: Math.ceil(p.prefillLength / 2),
      caches: p.caches.map((c) => ({ name: c.name, shape: [...c.shape] })),
      ...(p.promptLengthInput ? { promptLengthInput: p.promptLengthInput } : {}),
    },
  };
}

function moduleSpec(
  header: readonly string[],
  m: CompiledLanguageModel,
  graphs: Partial<Record<ProgramName, Graph>>,
  plans: Record<ProgramName, ProgramPlan>,
  shapes: ModuleSpec['shapes'],
  names: readonly ProgramName[],
  generation: ManifestGeneration,
): ModuleSpec {
  const params = m.graphs.train.nodes.filter((n) => n.op === 'param').map((n) => ({ n, attrs: n.attrs as OpAttrs['param'] }));
  const weights = params.filter((p) => p.attrs.role === 'weight');
  const slots = params.filter((p) => p.attrs.role === 'state');
  const program = (name: ProgramName): ModuleProgram => {
    const g = graphs[name]!;
    return {
      plan: plans[name],
      inputs: g.nodes.filter((n) => n.op === 'input').map((n) => tensor(g, (n.attrs as OpAttrs['input']).name, n.id)),
      outputs: g.outputs.map((o) => tensor(g, o.name, o.node)),
    };
  };
  return {
    header,
    model: m.model,
    config: m.config,
    shapes,
    params: weights.map((p) => ({ name: p.attrs.name, shape: [...p.n.type.shape], init: p.attrs.init })),
    optimizerState: names.includes('trainStep') ? slots.map((p) => ({ name: p.attrs.name, shape: [...p.n.type.shape] })) : [],
    programs: Object.fromEntries(names.map((n) => [n, program(n)])) as unknown as ModuleSpec['programs'],
    generation,
  };
}

function tensor(g: Graph, name: string, node: number): ManifestTensor {
  const t = g.nodes[node]!.type;
  return { name, shape: [...t.shape], dtype: t.dtype };
}

function manifestProgram(p: ModuleProgram, b: BundleProgram): ManifestProgram {
  return {
    inputs: p.inputs.map((t) => ({ ...t, shape: [...t.shape] })),
    outputs: p.outputs.map((t) => ({ ...t, shape: [...t.shape] })),
    updates: p.plan.updates.map((u) => u.name),
    launches: p.plan.launches.length,
    buffers: p.plan.buffers.length,
    slots: [...p.plan.slots],
    stats: { unfused: { ...b.stats.unfused }, fused: { ...b.stats.fused } },
  };
}
