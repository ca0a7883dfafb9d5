// Hand-written WGSL kernels in the shape loom's code generator emits,
// used to exercise the WebGPU executor on a real device (see plans.ts for
// the plans that launch them).
import type { WgslKernel } from '../../compiler/render/wgsl.ts';

/** out[i] = a[i] + b[i] for i < n (n from uniforms). */
export const addKernel: WgslKernel = {
  name: 'add',
  source: 'test.loom:1:1',
  entryPoint: 'main',
  workgroupSize: [64, 1, 1],
  bindings: [{ name: 'a', access: 'read' }, { name: 'b', access: 'read' }, { name: 'out', access: 'read_write' }],
  uniforms: [{ name: 'n', type: 'u32' }],
  code: /* wgsl */ `
struct Params { n: u32 }
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<uniform> params: Params;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i < params.n) {
    out[i] = a[i] + b[i];
  }
}
`,
};

/** out[i] = x[i] * factor + offset; its length comes from arrayLength(), not a uniform. */
export const affineKernel: WgslKernel = {
  name: 'affine',
  source: 'test.loom:2:1',
  entryPoint: 'main',
  workgroupSize: [64, 1, 1],
  bindings: [{ name: 'x', access: 'read' }, { name: 'out', access: 'read_write' }],
  uniforms: [{ name: 'factor', type: 'f32' }, { name: 'offset', type: 'f32' }],
  code: /* wgsl */ `
struct Params { factor: f32, offset: f32 }
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<uniform> params: Params;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i < arrayLength(&out)) {
    out[i] = x[i] * params.factor + params.offset;
  }
}
`,
};

export const REDUCE_WORKGROUP = 256;

/**
 * partial[w] = sum of input[w*chunk .. (w+1)*chunk) ∩ [0, n): each thread
 * strides through the chunk, then a tree reduction in workgroup memory.
 */
export const reduceSumKernel: WgslKernel = {
  name: 'reduce_sum',
  source: 'test.loom:3:1',
  entryPoint: 'main',
  workgroupSize: [REDUCE_WORKGROUP, 1, 1],
  bindings: [{ name: 'input', access: 'read' }, { name: 'partial', access: 'read_write' }],
  uniforms: [{ name: 'n', type: 'u32' }, { name: 'chunk', type: 'u32' }],
  code: /* wgsl */ `
struct Params { n: u32, chunk: u32 }
@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> partial: array<f32>;
@group(0) @binding(2) var<uniform> params: Params;

var<workgroup> tile: array<f32, ${REDUCE_WORKGROUP}>;

@compute @workgroup_size(${REDUCE_WORKGROUP})
fn main(@builtin(local_invocation_id) lid: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let start = wid.x * params.chunk;
  let end = min(start + params.chunk, params.n);
  var acc = 0.0;
  for (var i = start + lid.x; i < end; i += ${REDUCE_WORKGROUP}u) {
    acc += input[i];
  }
  tile[lid.x] = acc;
  workgroupBarrier();
  for (var stride = ${REDUCE_WORKGROUP / 2}u; stride > 0u; stride >>= 1u) {
    if (lid.x < stride) {
      tile[lid.x] += tile[lid.x + stride];
    }
    workgroupBarrier();
  }
  if (lid.x == 0u) {
    partial[wid.x] = tile[0];
  }
}
`,
};

/** out[i] = start + i * step (i32) for i < n: a uniform-driven size; the rest is untouched. */
export const iotaKernel: WgslKernel = {
  name: 'iota',
  source: 'test.loom:4:1',
  entryPoint: 'main',
  workgroupSize: [64, 1, 1],
  bindings: [{ name: 'out', access: 'read_write' }],
  uniforms: [{ name: 'n', type: 'u32' }, { name: 'start', type: 'i32' }, { name: 'step', type: 'i32' }],
  code: /* wgsl */ `
struct Params { n: u32, start: i32, step: i32 }
@group(0) @binding(0) var<storage, read_write> out: array<i32>;
@group(0) @binding(1) var<uniform> params: Params;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (gid.x < params.n) {
    out[gid.x] = params.start + i32(gid.x) * params.step;
  }
}
`,
};

/** A kernel without uniforms: doubles x in place. */
export const doubleInPlaceKernel: WgslKernel = {
  name: 'double_in_place',
  source: 'test.loom:5:1',
  entryPoint: 'main',
  workgroupSize: [64, 1, 1],
  bindings: [{ name: 'x', access: 'read_write' }],
  code: /* wgsl */ `
@group(0) @binding(0) var<storage, read_write> x: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  if (gid.x < arrayLength(&x)) {
    x[gid.x] = x[gid.x] * 2.0;
  }
}
`,
};

/** out[0] = arrayLength(x): shows the binding size a shader sees. */
export const lengthOfKernel: WgslKernel = {
  name: 'length_of',
  source: 'test.loom:6:1',
  entryPoint: 'main',
  workgroupSize: [1, 1, 1],
  bindings: [{ name: 'x', access: 'read' }, { name: 'out', access: 'read_write' }],
  code: /* wgsl */ `
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;

@compute @workgroup_size(1)
fn main() {
  out[0] = arrayLength(&x);
}
`,
};

/** Type error on WGSL line 5 (`1.5` is not a u32). */
export const brokenKernel: WgslKernel = {
  name: 'broken_scale',
  source: 'model.loom:12:3',
  entryPoint: 'main',
  workgroupSize: [64, 1, 1],
  bindings: [{ name: 'x', access: 'read_write' }],
  code: `@group(0) @binding(0) var<storage, read_write> x: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let k: u32 = 1.5;
  x[gid.x] = f32(k);
}
`,
};

export const workgroupsFor = (n: number, size = 64): [number, number, number] => [Math.ceil(n / size), 1, 1];

/** Deterministic pseudo-random floats in [-1, 1) (tests must be reproducible). */
export function randomFloats(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}
