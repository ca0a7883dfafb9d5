// kernel k7_ew (compiler/std/ssm.loom:79:36)
@group(0) @binding(0) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read_write> t108: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l8: f32 = p_blocks_0_att_mix_v[i];
    let v108: f32 = 1.0f - l8;
    t108[i] = v108;
  }
}
