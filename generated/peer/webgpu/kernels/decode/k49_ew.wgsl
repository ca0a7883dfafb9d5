// kernel k49_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t273: array<f32>;
@group(0) @binding(1) var<storage, read> t265: array<f32>;
@group(0) @binding(2) var<storage, read_write> t277: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l275: f32 = t273[i / 8i];
  let l276: f32 = t265[i / 64i * 8i + i % 8i];
  let v277: f32 = l275 + l276;
  t277[i] = v277;
}
