// kernel k19_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t126: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read_write> t130: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l128: f32 = t126[i / 8i];
  let l129: f32 = t117[i / 64i * 8i + i % 8i];
  let v130: f32 = l128 + l129;
  t130[i] = v130;
}
