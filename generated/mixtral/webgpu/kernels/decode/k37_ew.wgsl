// kernel k37_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> t56: array<f32>;
@group(0) @binding(2) var<storage, read> t57: array<f32>;
@group(0) @binding(3) var<storage, read_write> t217: array<f32>;
@group(0) @binding(4) var<storage, read_write> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l212: f32 = t201[i * 2i];
    let l64: f32 = t56[i % 8i];
    let v215: f32 = l212 * l64;
    let l214: f32 = t201[1i + i * 2i];
    let l67: f32 = t57[i % 8i];
    let v216: f32 = l214 * l67;
    let v217: f32 = v215 - v216;
    t217[i] = v217;
    let v219: f32 = l212 * l67;
    let v220: f32 = l214 * l64;
    let v221: f32 = v219 + v220;
    t221[i] = v221;
  }
}
