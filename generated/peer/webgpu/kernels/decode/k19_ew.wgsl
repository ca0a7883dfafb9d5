// kernel k19_ew (compiler/std/moe.loom:158:19)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read_write> t146: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l144: f32 = t132[i];
    let v146: f32 = l144 * 32.0f;
    t146[i] = v146;
  }
}
