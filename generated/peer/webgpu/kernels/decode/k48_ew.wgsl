// kernel k48_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t260: array<f32>;
@group(0) @binding(1) var<storage, read_write> t273: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k48_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l272: f32 = t260[i];
    let v273: f32 = l272 * 32.0f;
    t273[i] = v273;
  }
}
