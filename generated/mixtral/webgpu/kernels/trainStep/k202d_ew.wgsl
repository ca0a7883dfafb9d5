// kernel k202d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1160: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1161: array<f32>;
@group(0) @binding(3) var<storage, read> t866: array<f32>;
@group(0) @binding(4) var<storage, read> t989: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1261: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_moe_norm_g[i];
    let x1160: f32 = t1160[i];
    let v1161: f32 = l6 - x1160;
    t1161[i] = v1161;
    let l866: f32 = t866[i];
    let l1034: f32 = t989[0i];
    let v1261: f32 = l866 * l1034;
    t1261[i] = v1261;
    let l1262: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1264: f32 = l1262 * 0.9f;
    let v1265: f32 = v1261 * 0.1f;
    let v1266: f32 = v1264 + v1265;
    t1266[i] = v1266;
  }
}
