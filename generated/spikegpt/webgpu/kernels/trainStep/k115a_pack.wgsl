// kernel k115a_pack
@group(0) @binding(0) var<storage, read_write> t706_packed: array<f32>;
@group(0) @binding(1) var<storage, read> t700: array<f32>;
@group(0) @binding(2) var<storage, read> t702: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(4) var<storage, read> t93: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115a_pack(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2176i) {
    if (i < 1024i) {
      t706_packed[i] = t700[i];
    } else if (i < 2048i) {
      t706_packed[i] = t702[i + -1024i];
    } else if (i < 2112i) {
      t706_packed[i] = p_blocks_0_att_time_first[i + -2048i];
    } else {
      t706_packed[i] = t93[i + -2112i];
    }
  }
}
