// kernel k200c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1115: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1120: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1124: array<f32>;
@group(0) @binding(5) var<storage, read> t968: array<f32>;
@group(0) @binding(6) var<storage, read> t967: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1129: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1116: f32 = p_optim_m_layers_0_moe_norm_g[i];
    let v1118: f32 = l1116 * 0.9f;
    let x1115: f32 = t1115[i];
    let v1119: f32 = x1115 * 0.1f;
    let v1120: f32 = v1118 + v1119;
    t1120[i] = v1120;
    let l1117: f32 = p_optim_v_layers_0_moe_norm_g[i];
    let v1121: f32 = l1117 * 0.95f;
    let v1122: f32 = x1115 * x1115;
    let v1123: f32 = v1122 * 0.05f;
    let v1124: f32 = v1121 + v1123;
    t1124[i] = v1124;
    let v1125: f32 = sqrt(v1124);
    let l1020: f32 = t968[0i];
    let v1126: f32 = v1125 / l1020;
    let v1127: f32 = v1126 + 1e-8f;
    let v1128: f32 = v1120 / v1127;
    let l1026: f32 = t967[0i];
    let v1129: f32 = v1128 * l1026;
    t1129[i] = v1129;
  }
}
