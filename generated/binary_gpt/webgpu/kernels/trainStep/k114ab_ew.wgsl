// kernel k114ab_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1223: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1228: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wk_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1232: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1224: f32 = p_optim_m_blocks_1_attn_wk_beta[i];
    let v1226: f32 = l1224 * 0.9f;
    let x1223: f32 = t1223[i];
    let v1227: f32 = x1223 * 0.1f;
    let v1228: f32 = v1226 + v1227;
    t1228[i] = v1228;
    let l1225: f32 = p_optim_v_blocks_1_attn_wk_beta[i];
    let v1229: f32 = l1225 * 0.95f;
    let v1230: f32 = x1223 * x1223;
    let v1231: f32 = v1230 * 0.05f;
    let v1232: f32 = v1229 + v1231;
    t1232[i] = v1232;
    let v1233: f32 = sqrt(v1232);
    let l789: f32 = t711[0i];
    let v1234: f32 = v1233 / l789;
    let v1235: f32 = v1234 + 1e-8f;
    let v1236: f32 = v1228 / v1235;
    let l795: f32 = t710[0i];
    let v1237: f32 = v1236 * l795;
    t1237[i] = v1237;
  }
}
