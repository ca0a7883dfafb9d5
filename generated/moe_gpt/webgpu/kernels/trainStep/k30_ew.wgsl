// kernel k30_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t209: array<f32>;
@group(0) @binding(1) var<storage, read_write> t210: array<f32>;
@group(0) @binding(2) var<storage, read_write> t211: array<f32>;
@group(0) @binding(3) var<storage, read> t212: array<f32>;
@group(0) @binding(4) var<storage, read_write> t213: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l209: f32 = t209[i];
  let v210: f32 = 1.0f / (1.0f + exp(min(-l209, 88.0f)));
  t210[i] = v210;
  let v211: f32 = l209 * v210;
  t211[i] = v211;
  let l212: f32 = t212[i];
  let v213: f32 = v211 * l212;
  t213[i] = v213;
}
