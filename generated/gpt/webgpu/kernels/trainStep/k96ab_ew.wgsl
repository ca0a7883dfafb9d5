// kernel k96ab_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1180: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1185: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1189: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1194: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1181: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1183: f32 = l1181 * 0.9f;
    let x1180: f32 = t1180[i];
    let v1184: f32 = x1180 * 0.1f;
    let v1185: f32 = v1183 + v1184;
    t1185[i] = v1185;
    let l1182: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1186: f32 = l1182 * 0.95f;
    let v1187: f32 = x1180 * x1180;
    let v1188: f32 = v1187 * 0.05f;
    let v1189: f32 = v1186 + v1188;
    t1189[i] = v1189;
    let v1190: f32 = sqrt(v1189);
    let l728: f32 = t650[0i];
    let v1191: f32 = v1190 / l728;
    let v1192: f32 = v1191 + 1e-8f;
    let v1193: f32 = v1185 / v1192;
    let l734: f32 = t649[0i];
    let v1194: f32 = v1193 * l734;
    t1194[i] = v1194;
  }
}
