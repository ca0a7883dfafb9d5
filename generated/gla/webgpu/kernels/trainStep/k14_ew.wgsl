// kernel k14_ew (compiler/std/linear.loom:48:9)
@group(0) @binding(0) var<storage, read> t119: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read_write> t128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 16i % 4i);
  let g_1: f32 = f32(i / 16i % 16i / 4i);
  let l125: bool = g < g_1;
  let l120: f32 = t119[i / 64i * 16i + i % 16i];
  let l121: f32 = t117[i / 256i * 64i + i % 64i];
  let v122: f32 = l120 - l121;
  let v127: f32 = select(-1000000000.0f, v122, l125);
  let v128: f32 = exp(v127);
  t128[i] = v128;
}
