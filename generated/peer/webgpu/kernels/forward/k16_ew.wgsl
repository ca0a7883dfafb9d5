// kernel k16_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t110: array<f32>;
@group(0) @binding(1) var<storage, read_write> t124: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k16_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l122: f32 = t110[i];
  let v124: f32 = l122 * 32.0f;
  t124[i] = v124;
}
