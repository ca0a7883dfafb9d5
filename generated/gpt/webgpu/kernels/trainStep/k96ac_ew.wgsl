// kernel k96ac_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1194: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1195: array<f32>;
@group(0) @binding(3) var<storage, read> t271: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1246: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l29: f32 = p_blocks_1_ln2_b[i];
    let x1194: f32 = t1194[i];
    let v1195: f32 = l29 - x1194;
    t1195[i] = v1195;
    let l272: f32 = t271[i];
    let l711: f32 = t640[0i];
    let v1246: f32 = l272 * l711;
    t1246[i] = v1246;
    let l1247: f32 = p_optim_m_blocks_1_mlp_proj_b[i];
    let v1249: f32 = l1247 * 0.9f;
    let v1250: f32 = v1246 * 0.1f;
    let v1251: f32 = v1249 + v1250;
    t1251[i] = v1251;
  }
}
