// kernel k5_ew (compiler/std/functional.loom:71:11)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t49: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l48: f32 = in_pos[0i];
    t49[0i] = l48;
  }
}
