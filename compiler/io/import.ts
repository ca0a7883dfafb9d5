// `loom import`: another project's checkpoint → loom's checkpoint for a .loom
// model, driven by a layout table (import-layout.ts). The model decides what
// is needed: every param is looked up in the table, its foreign tensor read
// (import-readers.ts), transformed and checked against the param's shape;
// every foreign tensor must be used, ignored or a checked copy of a tied one,
// so nothing is dropped silently. Hyperparameters the checkpoint records
// (llama2.c's header, Hugging Face's config.json, tensor shapes) configure
// the model unless --set says otherwise. All problems are reported together.
import { modelInfo, type ConfigValue } from '../elaborate/elaborate.ts';
import { elaborateOrThrow, loadOrThrow } from '../model.ts';
import type { OpAttrs } from '../graph/types.ts';
import type { ShapedTensor } from '../../runtime/checkpoint.ts';
import { expandName, namePattern, type ConfigSource, type Layout, type LayoutTransform } from './import-layout.ts';
import { readForeignCheckpoint, type ForeignCheckpoint, type ForeignTensor } from './import-readers.ts';

export interface ImportResult {
  /** loom's params, in the model's declaration order. */
  params: Map<string, ShapedTensor>;
  /** The model's full configuration (defaults, the checkpoint's values, then --set). */
  config: Record<string, ConfigValue>;
  model: string;
  /** Where each hyperparameter taken from the checkpoint came from: "heads = 4 (header n_heads)". */
  derived: string[];
  /** Values the model's equations do not share with the checkpoint's (config.json), worth a warning. */
  warnings: string[];
  format: string;
  /** Foreign tensors read, and how many of them were only checked (tied) or ignored. */
  counts: { foreign: number; tied: number; ignored: number };
}

const MAX_LISTED = 20;
const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;

export function importCheckpoint(modelFile: string, layout: Layout, checkpoint: string, overrides: Record<string, ConfigValue> = {}): ImportResult {
  const foreign = readForeignCheckpoint(checkpoint, layout.binary);
  const tensors = stripPrefixes(foreign.tensors, layout.stripPrefix);
  const program = loadOrThrow(modelFile);
  const hyper = new Set(modelInfo(program).hyper.map((h) => h.name));
  const derived: string[] = [];
  const fromCheckpoint: Record<string, ConfigValue> = {};
  for (const [name, sources] of Object.entries(layout.config)) {
    if (!hyper.has(name) || name in overrides) continue;
    const found = configValue(sources, foreign, tensors);
    if (found === undefined) continue;
    fromCheckpoint[name] = found.value;
    derived.push(`${name} = ${found.value} (${found.from})`);
  }
  for (const [name, where] of Object.entries(layout.require)) {
    if (hyper.has(name) && !(name in overrides) && !(name in fromCheckpoint)) {
      // It shapes no tensor, so a wrong default would load and give wrong logits without a sign.
      throw new Error(`${checkpoint} does not record "${name}", which no tensor shape reveals: pass --set ${name}=N (${where})`);
    }
  }
  const forward = elaborateOrThrow(program, 'forward', { tokens: { shape: [1, 1], dtype: 'i32' } }, { ...fromCheckpoint, ...overrides });
  const config = forward.config;
  const expected = forward.graph.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight')
    .map((n) => ({ name: (n.attrs as OpAttrs['param']).name, shape: [...n.type.shape] }));

  const problems: string[] = [];
  const used = new Set<string>();
  const params = new Map<string, ShapedTensor>();
  const entries = layout.tensors.map((e) => ({ entry: e, match: namePattern(e.loom) }));
  for (const { name, shape } of expected) {
    const hit = entries.map(({ entry, match }) => ({ entry, m: match(name) })).find((x) => x.m !== undefined);
    if (!hit) {
      problems.push(`param "${name}" ${fmt(shape)}: the layout has no entry for it`);
      continue;
    }
    const candidates = hit.entry.from.map((f) => expandName(f, hit.m!.i));
    const source = candidates.find((c) => tensors.has(c));
    if (source === undefined) {
      problems.push(`param "${name}" ${fmt(shape)}: the checkpoint has no ${candidates.map((c) => `"${c}"`).join(' or ')}`);
      continue;
    }
    used.add(source);
    const t = tensors.get(source)!;
    if (!['F32', 'F16', 'BF16', 'F64'].includes(t.dtype)) {
      problems.push(`param "${name}" ← "${source}": the tensor is ${t.dtype}; weights must be floating point`);
      continue;
    }
    try {
      let out: ShapedTensor = { shape: t.shape, data: t.data };
      for (const step of hit.entry.transform) if (!skipped(step, config)) out = applyTransform(out, step, config);
      if (fmt(out.shape) !== fmt(shape)) {
        const steps = hit.entry.transform.filter((s) => !skipped(s, config)).map((s) => s.op);
        problems.push(`param "${name}" ← "${source}": ${t.dtype}${fmt(t.shape)}${steps.length ? ` is ${fmt(out.shape)} after ${steps.join(', ')}` : ''}, but the model expects ${fmt(shape)}`);
        continue;
      }
      params.set(name, { shape, data: out.data === t.data ? Float32Array.from(out.data) : out.data });
    } catch (e) {
      problems.push(`param "${name}" ← "${source}" ${fmt(t.shape)}: ${(e as Error).message}`);
    }
  }

  let tied = 0;
  for (const { name: pattern, equals } of layout.tied) {
    const match = namePattern(pattern);
    for (const [name, t] of tensors) {
      const m = match(name);
      if (m === undefined) continue;
      const otherName = expandName(equals, m.i);
      const other = tensors.get(otherName);
      used.add(name);
      tied++;
      if (other === undefined) continue; // stored once under this name: an entry's alternatives load it
      if (fmt(other.shape) !== fmt(t.shape) || t.data.some((v, k) => v !== other.data[k])) {
        problems.push(`"${name}" ${fmt(t.shape)} differs from "${otherName}" ${fmt(other.shape)}: the model ties them (one tensor), this checkpoint does not`);
      }
    }
  }
  const ignore = layout.ignore.map(namePattern);
  let ignored = 0;
  for (const [name, t] of tensors) {
    if (used.has(name)) continue;
    if (ignore.some((m) => m(name) !== undefined)) {
      ignored++;
      continue;
    }
    problems.push(`"${name}" ${t.dtype}${fmt(t.shape)} is in the checkpoint but the model uses no tensor of that name (does --set depth or the layout table leave it out?)`);
  }
  if (problems.length > 0) {
    const lines = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) lines.push(`... and ${problems.length - MAX_LISTED} more problems`);
    const setting = Object.entries(config).map(([k, v]) => `${k}=${v}`).join(' ');
    throw new Error(`${checkpoint} (${foreign.format}, layout ${layout.layout}) does not fit ${forward.model} (${setting}):\n  ${lines.join('\n  ')}`);
  }
  return {
    params, config, model: forward.model, derived, warnings: expectations(layout, foreign), format: foreign.format,
    counts: { foreign: tensors.size, tied, ignored },
  };
}

function stripPrefixes(tensors: Map<string, ForeignTensor>, prefixes: readonly string[]): Map<string, ForeignTensor> {
  if (prefixes.length === 0) return tensors;
  const out = new Map<string, ForeignTensor>();
  for (const [name, t] of tensors) {
    const p = prefixes.find((x) => name.startsWith(x));
    const key = p ? name.slice(p.length) : name;
    if (out.has(key)) throw new Error(`checkpoint has both "${name}" and "${key}" (the same tensor once the prefix "${p}" is removed)`);
    out.set(key, t);
  }
  return out;
}

function configValue(sources: readonly ConfigSource[], foreign: ForeignCheckpoint, tensors: ReadonlyMap<string, ForeignTensor>): { value: ConfigValue; from: string } | undefined {
  for (const s of sources) {
    if ('header' in s) {
      const v = foreign.header?.[s.header];
      if (v !== undefined) return { value: v, from: `header ${s.header}` };
    } else if ('json' in s) {
      const v = foreign.json?.[s.json];
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, from: `config.json ${s.json}` };
    } else if ('shape' in s) {
      const d = tensors.get(s.shape[0])?.shape[s.shape[1]];
      if (d !== undefined) return { value: d, from: `"${s.shape[0]}" dimension ${s.shape[1]}` };
    } else {
      const match = namePattern(s.layers);
      let n = 0;
      for (const name of tensors.keys()) n = Math.max(n, (match(name)?.i ?? -1) + 1);
      if (n > 0) return { value: n, from: `layers of "${s.layers}"` };
    }
  }
  return undefined;
}

/** config.json values that differ from what the layout's model assumes (eps, RoPE base, activation). */
function expectations(layout: Layout, foreign: ForeignCheckpoint): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(layout.expect)) {
    if (foreign.json === undefined || !(key in foreign.json)) continue;
    const got = foreign.json[key];
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      out.push(`${foreign.jsonFile}: ${key} is ${JSON.stringify(got)}, but the model computes with ${JSON.stringify(want)}: its logits will differ from the original's`);
    }
  }
  return out;
}

const skipped = (step: LayoutTransform, config: Record<string, ConfigValue>): boolean =>
  step.unless !== undefined && Object.entries(step.unless).every(([k, v]) => config[k] === v);

/** One transform step; errors say what does not fit (the caller names the tensor). */
export function applyTransform(t: ShapedTensor, step: LayoutTransform, config: Record<string, ConfigValue>): ShapedTensor {
  const { shape, data } = t;
  switch (step.op) {
    case 'transpose': {
      if (shape.length !== 2) throw new Error(`transpose needs a matrix, the tensor has ${shape.length} axes`);
      const [r, c] = shape as [number, number];
      const out = new Float32Array(r * c);
      for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = data[i * c + j]!;
      return { shape: [c, r], data: out };
    }
    case 'split': {
      const { axis, parts, index } = step;
      if (axis >= shape.length) throw new Error(`split along axis ${axis}, but the tensor has ${shape.length} axes`);
      const n = shape[axis]!;
      if (n % parts !== 0) throw new Error(`split into ${parts} along axis ${axis}: ${n} is not a multiple of ${parts}`);
      const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
      const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      const part = n / parts;
      const out = new Float32Array(outer * part * inner);
      for (let o = 0; o < outer; o++) {
        const from = (o * n + index * part) * inner;
        out.set(data.subarray(from, from + part * inner), o * part * inner);
      }
      return { shape: shape.map((d, k) => (k === axis ? part : d)), data: out };
    }
    case 'rope_half_to_adjacent': {
      const [dimKey, headsKey] = step.head_dim;
      const dim = config[dimKey], heads = config[headsKey];
      if (typeof dim !== 'number' || typeof heads !== 'number') {
        throw new Error(`rope_half_to_adjacent needs the model's numeric hyperparameters "${dimKey}" and "${headsKey}" (got ${dim} and ${heads})`);
      }
      const hd = dim / heads;
      if (shape.length !== 2 || !Number.isInteger(hd) || hd % 2 !== 0 || shape[0]! % hd !== 0) {
        throw new Error(`rope_half_to_adjacent: rows ${shape[0]} are not whole heads of an even head size ${dim}/${heads} = ${hd}`);
      }
      // Hugging Face's converter stored Meta's row h·hd + 2r + a at h·hd + a·hd/2 + r (a ∈ {0, 1}: the pair's
      // halves, r < hd/2); this puts each row back.
      const [rows, cols] = shape as [number, number];
      const out = new Float32Array(rows * cols);
      const half = hd / 2;
      for (let h = 0; h < rows / hd; h++) {
        for (let r = 0; r < half; r++) {
          for (let a = 0; a < 2; a++) {
            const from = (h * hd + a * half + r) * cols;
            out.set(data.subarray(from, from + cols), (h * hd + 2 * r + a) * cols);
          }
        }
      }
      return { shape: [rows, cols], data: out };
    }
  }
}
