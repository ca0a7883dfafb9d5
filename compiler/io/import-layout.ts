// Layout tables for `loom import` (docs/interop.md): how another project names
// and stores a model's tensors, as data — one JSON file per layout in
// compiler/io/layouts/, or any JSON file a user writes beside their model —
// so supporting a checkpoint layout means writing a table, not code.
//
// A table maps loom param names to foreign tensor names; `{i}` stands for a
// layer index in both. Each entry may list several foreign names (the first
// present is used: tied embeddings stored under either name) and a chain of
// transforms (compiler/io/import-transform.ts). `config` says where each
// hyperparameter can be read from the checkpoint; `tied` names foreign
// tensors that must equal another (they are checked, not loaded); `ignore`
// names foreign tensors that are not weights (masks, RoPE tables).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One step applied to a foreign tensor on its way to loom's layout. */
export type TransformSpec =
  | { op: 'transpose' }
  /** The `index`-th of `parts` equal slices along `axis` (a fused qkv projection). */
  | { op: 'split'; axis: number; parts: number; index: number }
  /**
   * Rows of a q or k projection ([heads·hd, in]) from rotate-half order (Hugging Face) to
   * adjacent pairs (llama2.c, Meta, loom's rope_adjacent). hd = config[head_dim[0]] / config[head_dim[1]].
   */
  | { op: 'rope_half_to_adjacent'; head_dim: [string, string] };

/** A transform is skipped when the model's config has every value in `unless`. */
export type LayoutTransform = TransformSpec & { unless?: Record<string, string | number | boolean> };

/** Where a hyperparameter's value is found; the first source that yields one is used. */
export type ConfigSource =
  | { header: string }            // a field of the binary header (llama2.c)
  | { json: string }              // a key of config.json beside the checkpoint (Hugging Face)
  | { shape: [string, number] }   // a dimension of a foreign tensor
  | { layers: string };           // how many layers a `{i}` name exists for

export interface LayoutEntry {
  loom: string;
  from: string[];
  transform: LayoutTransform[];
}

export interface Layout {
  layout: string;
  description: string;
  /** Files that are not safetensors are read as this binary format ("llama2c": model.bin v0 or v1). */
  binary?: 'llama2c';
  /** Prefixes removed from foreign names first (torch.compile's "_orig_mod."). */
  stripPrefix: string[];
  config: Record<string, ConfigSource[]>;
  /** config.json values the model's equations assume: a different value is reported (the logits would differ). */
  expect: Record<string, unknown>;
  /**
   * Hyperparameters that change the logits but not any shape (the head count): the checkpoint or --set must give
   * them, a model default is not trusted. The value says where the user finds it.
   */
  require: Record<string, string>;
  tensors: LayoutEntry[];
  tied: { name: string; equals: string }[];
  ignore: string[];
  /** Where the table came from, for messages. */
  source: string;
}

export const LAYOUT_DIR = path.join(import.meta.dirname, 'layouts');

/** The built-in layouts' names (compiler/io/layouts/*.json). */
export function builtinLayouts(): string[] {
  return fs.readdirSync(LAYOUT_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/**
 * Where layout `nameOrFile` is: a path if it ends in .json; else the table beside the model
 * (`<dir>/<model>.<name>.json`, e.g. dsl-examples/mygpt.nanogpt.json: a model ships its own tables),
 * else the built-in compiler/io/layouts/<name>.json; undefined when there is none.
 */
export function findLayout(nameOrFile: string, modelFile?: string): string | undefined {
  if (nameOrFile.endsWith('.json')) return nameOrFile;
  if (modelFile !== undefined) {
    const beside = path.join(path.dirname(modelFile), `${path.basename(modelFile, '.loom')}.${nameOrFile}.json`);
    if (fs.existsSync(beside)) return beside;
  }
  return builtinLayouts().includes(nameOrFile) ? path.join(LAYOUT_DIR, `${nameOrFile}.json`) : undefined;
}

/** The layout `findLayout` finds, read and checked. */
export function loadLayout(nameOrFile: string, modelFile?: string): Layout {
  const file = findLayout(nameOrFile, modelFile);
  if (file === undefined) throw new Error(`unknown layout "${nameOrFile}" (built in: ${builtinLayouts().join(', ')}; or a layout table FILE.json)`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read layout table ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`layout table ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parseLayout(json, file);
}

/** Checks a parsed table field by field; errors name the file and the field. */
export function parseLayout(json: unknown, source: string): Layout {
  const fail = (where: string, msg: string): never => { throw new Error(`layout table ${source}: ${where}: ${msg}`); };
  const obj = (v: unknown, where: string): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(where, 'must be an object');
  const str = (v: unknown, where: string): string => (typeof v === 'string' && v !== '' ? v : fail(where, 'must be a non-empty string'));
  const int = (v: unknown, where: string, min: number): number => (Number.isInteger(v) && (v as number) >= min ? (v as number) : fail(where, `must be an integer ≥ ${min}`));
  const arr = (v: unknown, where: string): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : fail(where, 'must be an array'));
  const strings = (v: unknown, where: string): string[] => (typeof v === 'string' ? [v] : arr(v, where).map((x, i) => str(x, `${where}[${i}]`)));

  const top = obj(json, 'the table');
  const layout = str(top.layout, '"layout"');
  const binary = top.binary === undefined ? undefined : top.binary === 'llama2c' ? ('llama2c' as const) : fail('"binary"', 'the only binary format is "llama2c"');
  const config: Record<string, ConfigSource[]> = {};
  for (const [hyper, sources] of Object.entries(obj(top.config ?? {}, '"config"'))) {
    config[hyper] = arr(sources, `config.${hyper}`).map((s, i) => {
      const where = `config.${hyper}[${i}]`;
      const o = obj(s, where);
      if (o.header !== undefined) return { header: str(o.header, `${where}.header`) };
      if (o.json !== undefined) return { json: str(o.json, `${where}.json`) };
      if (o.layers !== undefined) return { layers: str(o.layers, `${where}.layers`) };
      if (Array.isArray(o.shape) && o.shape.length === 2) return { shape: [str(o.shape[0], `${where}.shape[0]`), int(o.shape[1], `${where}.shape[1]`, 0)] };
      return fail(where, 'must be {"header": FIELD}, {"json": KEY}, {"shape": [TENSOR, AXIS]} or {"layers": NAME_WITH_{i}}');
    });
  }
  const transform = (t: unknown, where: string): LayoutTransform => {
    const o = obj(t, where);
    const unless = o.unless === undefined ? {} : { unless: obj(o.unless, `${where}.unless`) as Record<string, string | number | boolean> };
    switch (o.op) {
      case 'transpose': return { op: 'transpose', ...unless };
      case 'split': {
        const parts = int(o.parts, `${where}.parts`, 1);
        const index = int(o.index, `${where}.index`, 0);
        if (index >= parts) fail(`${where}.index`, `must be below parts (${parts})`);
        return { op: 'split', axis: int(o.axis, `${where}.axis`, 0), parts, index, ...unless };
      }
      case 'rope_half_to_adjacent': {
        const hd = Array.isArray(o.head_dim) && o.head_dim.length === 2 ? o.head_dim : fail(`${where}.head_dim`, 'must be [DIM_HYPERPARAMETER, HEADS_HYPERPARAMETER]');
        return { op: 'rope_half_to_adjacent', head_dim: [str(hd[0], `${where}.head_dim[0]`), str(hd[1], `${where}.head_dim[1]`)], ...unless };
      }
      default: return fail(`${where}.op`, `unknown transform ${JSON.stringify(o.op)} (known: transpose, split, rope_half_to_adjacent)`);
    }
  };
  const tensors = arr(top.tensors, '"tensors"').map((e, i): LayoutEntry => {
    const o = obj(e, `tensors[${i}]`);
    const from = strings(o.from, `tensors[${i}].from`);
    if (from.length === 0) fail(`tensors[${i}].from`, 'names no foreign tensor');
    return { loom: str(o.loom, `tensors[${i}].loom`), from, transform: arr(o.transform, `tensors[${i}].transform`).map((t, j) => transform(t, `tensors[${i}].transform[${j}]`)) };
  });
  if (tensors.length === 0) fail('"tensors"', 'is empty');
  const tied = arr(top.tied, '"tied"').map((t, i) => {
    const o = obj(t, `tied[${i}]`);
    return { name: str(o.name, `tied[${i}].name`), equals: str(o.equals, `tied[${i}].equals`) };
  });
  return {
    layout, description: typeof top.description === 'string' ? top.description : '', ...(binary ? { binary } : {}),
    stripPrefix: strings(top.strip_prefix, '"strip_prefix"'), config, expect: obj(top.expect ?? {}, '"expect"'), tensors, tied,
    require: Object.fromEntries(Object.entries(obj(top.require ?? {}, '"require"')).map(([k, v]) => [k, str(v, `require.${k}`)])),
    ignore: strings(top.ignore, '"ignore"'), source,
  };
}

/** A name pattern with `{i}` as a matcher: the layer index, or undefined when the name does not match. */
export function namePattern(pattern: string): (name: string) => { i?: number } | undefined {
  const parts = pattern.split('{i}');
  if (parts.length > 2) throw new Error(`name pattern "${pattern}": at most one {i}`);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${parts.map(escape).join('(0|[1-9][0-9]*)')}$`);
  return (name) => {
    const m = re.exec(name);
    if (!m) return undefined;
    return m[1] === undefined ? {} : { i: Number(m[1]) };
  };
}

/** `pattern` with its `{i}` replaced by layer `i`. */
export function expandName(pattern: string, i: number | undefined): string {
  if (!pattern.includes('{i}')) return pattern;
  if (i === undefined) throw new Error(`name pattern "${pattern}" needs a layer index, but the loom name it maps has no {i}`);
  return pattern.replace('{i}', String(i));
}
