// kernel k20_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t146: array<f32>;
@group(0) @binding(1) var<storage, read> t137: array<f32>;
@group(0) @binding(2) var<storage, read_write> t150: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l148: f32 = t146[i / 8i];
  let l149: f32 = t137[i / 64i * 8i + i % 8i];
  let v150: f32 = l148 + l149;
  t150[i] = v150;
}
