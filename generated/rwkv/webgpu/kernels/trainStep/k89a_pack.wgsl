// kernel k89a_pack
@group(0) @binding(0) var<storage, read_write> t613_packed: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t609: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(4) var<storage, read> t84: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89a_pack(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2176i) {
    if (i < 1024i) {
      t613_packed[i] = t607[i];
    } else if (i < 2048i) {
      t613_packed[i] = t609[i + -1024i];
    } else if (i < 2112i) {
      t613_packed[i] = p_blocks_0_att_time_first[i + -2048i];
    } else {
      t613_packed[i] = t84[i + -2112i];
    }
  }
}
