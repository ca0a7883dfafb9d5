// kernel k145p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t636: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1276: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1280: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1284: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1272: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v1274: f32 = l1272 * 0.9f;
    let l637: f32 = t636[i];
    let l1040: f32 = t995[0i];
    let v1271: f32 = l637 * l1040;
    let v1275: f32 = v1271 * 0.1f;
    let v1276: f32 = v1274 + v1275;
    t1276[i] = v1276;
    let l1273: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v1277: f32 = l1273 * 0.95f;
    let v1278: f32 = v1271 * v1271;
    let v1279: f32 = v1278 * 0.05f;
    let v1280: f32 = v1277 + v1279;
    t1280[i] = v1280;
    let v1281: f32 = sqrt(v1280);
    let l1057: f32 = t1005[0i];
    let v1282: f32 = v1281 / l1057;
    let v1283: f32 = v1282 + 1e-8f;
    let v1284: f32 = v1276 / v1283;
    t1284[i] = v1284;
  }
}
