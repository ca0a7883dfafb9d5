// kernel k114s_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1050: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1051: array<f32>;
@group(0) @binding(3) var<storage, read> t413: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1052: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_mlp_fc_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1057: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_mlp_fc_alpha[i];
    let x1050: f32 = t1050[i];
    let v1051: f32 = l17 - x1050;
    t1051[i] = v1051;
    let l414: f32 = t413[i];
    let l772: f32 = t701[0i];
    let v1052: f32 = l414 * l772;
    t1052[i] = v1052;
    let l1053: f32 = p_optim_m_blocks_0_mlp_fc_beta[i];
    let v1055: f32 = l1053 * 0.9f;
    let v1056: f32 = v1052 * 0.1f;
    let v1057: f32 = v1055 + v1056;
    t1057[i] = v1057;
  }
}
