// kernel k28_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t163: array<f32>;
@group(0) @binding(1) var<storage, read> t166: array<f32>;
@group(0) @binding(2) var<storage, read_write> t167: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l163: f32 = t163[i];
  let v164: f32 = 1.0f / (1.0f + exp(min(-l163, 88.0f)));
  let v165: f32 = l163 * v164;
  let l166: f32 = t166[i];
  let v167: f32 = v165 * l166;
  t167[i] = v167;
}
