// kernel k47_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t245: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read_write> t249: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l247: f32 = t245[i / 8i];
  let l248: f32 = t237[i / 64i * 8i + i % 8i];
  let v249: f32 = l247 + l248;
  t249[i] = v249;
}
