// kernel k114am_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1384: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1385: array<f32>;
@group(0) @binding(3) var<storage, read> t305: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1386: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_mlp_fc_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1391: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114am_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l37: f32 = p_blocks_1_mlp_fc_alpha[i];
    let x1384: f32 = t1384[i];
    let v1385: f32 = l37 - x1384;
    t1385[i] = v1385;
    let l306: f32 = t305[i];
    let l772: f32 = t701[0i];
    let v1386: f32 = l306 * l772;
    t1386[i] = v1386;
    let l1387: f32 = p_optim_m_blocks_1_mlp_fc_beta[i];
    let v1389: f32 = l1387 * 0.9f;
    let v1390: f32 = v1386 * 0.1f;
    let v1391: f32 = v1389 + v1390;
    t1391[i] = v1391;
  }
}
