// kernel k33b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t81: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t210: array<f32>;
@group(0) @binding(3) var<storage, read_write> t213: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l81: f32 = t81[i];
  let x195: f32 = t195[i];
  let l210: f32 = t210[i];
  let v211: f32 = x195 + l210;
  let v213: f32 = l81 + v211;
  t213[i] = v213;
}
