// kernel k114r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_mlp_fc_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1036: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1041: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_mlp_fc_alpha: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1045: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1050: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1037: f32 = p_optim_m_blocks_0_mlp_fc_alpha[i];
    let v1039: f32 = l1037 * 0.9f;
    let x1036: f32 = t1036[i];
    let v1040: f32 = x1036 * 0.1f;
    let v1041: f32 = v1039 + v1040;
    t1041[i] = v1041;
    let l1038: f32 = p_optim_v_blocks_0_mlp_fc_alpha[i];
    let v1042: f32 = l1038 * 0.95f;
    let v1043: f32 = x1036 * x1036;
    let v1044: f32 = v1043 * 0.05f;
    let v1045: f32 = v1042 + v1044;
    t1045[i] = v1045;
    let v1046: f32 = sqrt(v1045);
    let l789: f32 = t711[0i];
    let v1047: f32 = v1046 / l789;
    let v1048: f32 = v1047 + 1e-8f;
    let v1049: f32 = v1041 / v1048;
    let l795: f32 = t710[0i];
    let v1050: f32 = v1049 * l795;
    t1050[i] = v1050;
  }
}
