// kernel k114z_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1212: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_alpha: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1216: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1208: f32 = p_optim_m_blocks_1_attn_wk_alpha[i];
    let v1210: f32 = l1208 * 0.9f;
    let l363: f32 = t362[i];
    let l772: f32 = t701[0i];
    let v1207: f32 = l363 * l772;
    let v1211: f32 = v1207 * 0.1f;
    let v1212: f32 = v1210 + v1211;
    t1212[i] = v1212;
    let l1209: f32 = p_optim_v_blocks_1_attn_wk_alpha[i];
    let v1213: f32 = l1209 * 0.95f;
    let v1214: f32 = v1207 * v1207;
    let v1215: f32 = v1214 * 0.05f;
    let v1216: f32 = v1213 + v1215;
    t1216[i] = v1216;
    let v1217: f32 = sqrt(v1216);
    let l789: f32 = t711[0i];
    let v1218: f32 = v1217 / l789;
    let v1219: f32 = v1218 + 1e-8f;
    let v1220: f32 = v1212 / v1219;
    t1220[i] = v1220;
  }
}
