// kernel k198h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1182: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1187: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1191: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1183: f32 = p_optim_m_blocks_0_attn_wv_b[i];
    let v1185: f32 = l1183 * 0.9f;
    let x1182: f32 = t1182[i];
    let v1186: f32 = x1182 * 0.1f;
    let v1187: f32 = v1185 + v1186;
    t1187[i] = v1187;
    let l1184: f32 = p_optim_v_blocks_0_attn_wv_b[i];
    let v1188: f32 = l1184 * 0.95f;
    let v1189: f32 = x1182 * x1182;
    let v1190: f32 = v1189 * 0.05f;
    let v1191: f32 = v1188 + v1190;
    t1191[i] = v1191;
    let v1192: f32 = sqrt(v1191);
    let l1074: f32 = t996[0i];
    let v1193: f32 = v1192 / l1074;
    let v1194: f32 = v1193 + 1e-8f;
    let v1195: f32 = v1187 / v1194;
    let l1080: f32 = t995[0i];
    let v1196: f32 = v1195 * l1080;
    t1196[i] = v1196;
  }
}
