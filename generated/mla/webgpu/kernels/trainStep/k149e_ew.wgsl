// kernel k149e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1090: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1099: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1095: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1105: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1092: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1096: f32 = l1092 * 0.95f;
    let x1090: f32 = t1090[i];
    let v1097: f32 = x1090 * x1090;
    let v1098: f32 = v1097 * 0.05f;
    let v1099: f32 = v1096 + v1098;
    t1099[i] = v1099;
    let l13: f32 = p_layers_1_attn_norm_g[i];
    let x1095: f32 = t1095[i];
    let v1100: f32 = sqrt(v1099);
    let l818: f32 = t766[0i];
    let v1101: f32 = v1100 / l818;
    let v1102: f32 = v1101 + 1e-8f;
    let v1103: f32 = x1095 / v1102;
    let l824: f32 = t765[0i];
    let v1104: f32 = v1103 * l824;
    let v1105: f32 = l13 - v1104;
    t1105[i] = v1105;
  }
}
