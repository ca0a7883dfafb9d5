// kernel k43_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t243: array<f32>;
@group(0) @binding(1) var<storage, read> t235: array<f32>;
@group(0) @binding(2) var<storage, read_write> t247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l245: f32 = t243[i / 8i];
  let l246: f32 = t235[i / 64i * 8i + i % 8i];
  let v247: f32 = l245 + l246;
  t247[i] = v247;
}
