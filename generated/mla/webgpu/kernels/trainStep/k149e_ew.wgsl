// kernel k149e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1100: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1109: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1105: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t775: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1102: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1106: f32 = l1102 * 0.95f;
    let x1100: f32 = t1100[i];
    let v1107: f32 = x1100 * x1100;
    let v1108: f32 = v1107 * 0.05f;
    let v1109: f32 = v1106 + v1108;
    t1109[i] = v1109;
    let l13: f32 = p_layers_1_attn_norm_g[i];
    let x1105: f32 = t1105[i];
    let v1110: f32 = sqrt(v1109);
    let l828: f32 = t776[0i];
    let v1111: f32 = v1110 / l828;
    let v1112: f32 = v1111 + 1e-8f;
    let v1113: f32 = x1105 / v1112;
    let l834: f32 = t775[0i];
    let v1114: f32 = v1113 * l834;
    let v1115: f32 = l13 - v1114;
    t1115[i] = v1115;
  }
}
