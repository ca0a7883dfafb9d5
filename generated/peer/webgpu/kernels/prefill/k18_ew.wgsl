// kernel k18_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t112: array<f32>;
@group(0) @binding(1) var<storage, read_write> t126: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l124: f32 = t112[i];
  let v126: f32 = l124 * 32.0f;
  t126[i] = v126;
}
