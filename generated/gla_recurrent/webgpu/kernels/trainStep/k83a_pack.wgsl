// kernel k83a_pack
@group(0) @binding(0) var<storage, read_write> t455_packed: array<f32>;
@group(0) @binding(1) var<storage, read> t453: array<f32>;
@group(0) @binding(2) var<storage, read> t48: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k83a_pack(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16384i) {
    t455_packed[i] = t453[i];
  } else {
    t455_packed[i] = t48[i + -16384i];
  }
}
