// kernel k24_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t154: array<f32>;
@group(0) @binding(1) var<storage, read> t157: array<f32>;
@group(0) @binding(2) var<storage, read_write> t158: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l154: f32 = t154[i];
  let v155: f32 = 1.0f / (1.0f + exp(min(-l154, 88.0f)));
  let v156: f32 = l154 * v155;
  let l157: f32 = t157[i];
  let v158: f32 = v156 * l157;
  t158[i] = v158;
}
