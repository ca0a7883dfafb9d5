// kernel k30_ew (compiler/std/ssm.loom:94:16)
@group(0) @binding(0) var<storage, read> p_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read_write> t202: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_att_time_decay[i];
    let v202: f32 = exp(l23);
    t202[i] = v202;
  }
}
