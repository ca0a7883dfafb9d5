// kernel k42_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t228: array<f32>;
@group(0) @binding(1) var<storage, read_write> t241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k42_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l240: f32 = t228[i];
  let v241: f32 = l240 * 32.0f;
  t241[i] = v241;
}
