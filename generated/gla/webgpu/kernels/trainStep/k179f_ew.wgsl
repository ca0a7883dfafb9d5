// kernel k179f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t529: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1118: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1122: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1126: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1114: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v1116: f32 = l1114 * 0.9f;
    let l530: f32 = t529[i];
    let l885: f32 = t840[0i];
    let v1113: f32 = l530 * l885;
    let v1117: f32 = v1113 * 0.1f;
    let v1118: f32 = v1116 + v1117;
    t1118[i] = v1118;
    let l1115: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v1119: f32 = l1115 * 0.95f;
    let v1120: f32 = v1113 * v1113;
    let v1121: f32 = v1120 * 0.05f;
    let v1122: f32 = v1119 + v1121;
    t1122[i] = v1122;
    let v1123: f32 = sqrt(v1122);
    let l902: f32 = t850[0i];
    let v1124: f32 = v1123 / l902;
    let v1125: f32 = v1124 + 1e-8f;
    let v1126: f32 = v1118 / v1125;
    t1126[i] = v1126;
  }
}
