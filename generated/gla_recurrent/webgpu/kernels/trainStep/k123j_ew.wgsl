// kernel k123j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1125: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1134: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1130: array<f32>;
@group(0) @binding(5) var<storage, read> t676: array<f32>;
@group(0) @binding(6) var<storage, read> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1140: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1127: f32 = p_optim_v_layers_1_attn_wa2_b[i];
    let v1131: f32 = l1127 * 0.95f;
    let x1125: f32 = t1125[i];
    let v1132: f32 = x1125 * x1125;
    let v1133: f32 = v1132 * 0.05f;
    let v1134: f32 = v1131 + v1133;
    t1134[i] = v1134;
    let l22: f32 = p_layers_1_attn_wa2_b[i];
    let x1130: f32 = t1130[i];
    let v1135: f32 = sqrt(v1134);
    let l728: f32 = t676[0i];
    let v1136: f32 = v1135 / l728;
    let v1137: f32 = v1136 + 1e-8f;
    let v1138: f32 = x1130 / v1137;
    let l734: f32 = t675[0i];
    let v1139: f32 = v1138 * l734;
    let v1140: f32 = l22 - v1139;
    t1140[i] = v1140;
  }
}
