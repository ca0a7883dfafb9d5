// kernel k94ab_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1176: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1181: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1185: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1190: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1177: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1179: f32 = l1177 * 0.9f;
    let x1176: f32 = t1176[i];
    let v1180: f32 = x1176 * 0.1f;
    let v1181: f32 = v1179 + v1180;
    t1181[i] = v1181;
    let l1178: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1182: f32 = l1178 * 0.95f;
    let v1183: f32 = x1176 * x1176;
    let v1184: f32 = v1183 * 0.05f;
    let v1185: f32 = v1182 + v1184;
    t1185[i] = v1185;
    let v1186: f32 = sqrt(v1185);
    let l724: f32 = t646[0i];
    let v1187: f32 = v1186 / l724;
    let v1188: f32 = v1187 + 1e-8f;
    let v1189: f32 = v1181 / v1188;
    let l730: f32 = t645[0i];
    let v1190: f32 = v1189 * l730;
    t1190[i] = v1190;
  }
}
