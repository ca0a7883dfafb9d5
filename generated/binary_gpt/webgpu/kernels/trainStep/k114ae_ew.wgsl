// kernel k114ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t348: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1277: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1281: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1285: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1273: f32 = p_optim_m_blocks_1_attn_wv_beta[i];
    let v1275: f32 = l1273 * 0.9f;
    let l349: f32 = t348[i];
    let l772: f32 = t701[0i];
    let v1272: f32 = l349 * l772;
    let v1276: f32 = v1272 * 0.1f;
    let v1277: f32 = v1275 + v1276;
    t1277[i] = v1277;
    let l1274: f32 = p_optim_v_blocks_1_attn_wv_beta[i];
    let v1278: f32 = l1274 * 0.95f;
    let v1279: f32 = v1272 * v1272;
    let v1280: f32 = v1279 * 0.05f;
    let v1281: f32 = v1278 + v1280;
    t1281[i] = v1281;
    let v1282: f32 = sqrt(v1281);
    let l789: f32 = t711[0i];
    let v1283: f32 = v1282 / l789;
    let v1284: f32 = v1283 + 1e-8f;
    let v1285: f32 = v1277 / v1284;
    t1285[i] = v1285;
  }
}
