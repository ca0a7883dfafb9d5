// kernel k114ah_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1319: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1320: array<f32>;
@group(0) @binding(3) var<storage, read> t330: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1321: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wo_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1326: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l33: f32 = p_blocks_1_attn_wo_alpha[i];
    let x1319: f32 = t1319[i];
    let v1320: f32 = l33 - x1319;
    t1320[i] = v1320;
    let l331: f32 = t330[i];
    let l772: f32 = t701[0i];
    let v1321: f32 = l331 * l772;
    t1321[i] = v1321;
    let l1322: f32 = p_optim_m_blocks_1_attn_wo_beta[i];
    let v1324: f32 = l1322 * 0.9f;
    let v1325: f32 = v1321 * 0.1f;
    let v1326: f32 = v1324 + v1325;
    t1326[i] = v1326;
  }
}
