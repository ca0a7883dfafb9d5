// kernel k114t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_mlp_fc_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1052: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1061: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_fc_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t1057: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1067: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1054: f32 = p_optim_v_blocks_0_mlp_fc_beta[i];
    let v1058: f32 = l1054 * 0.95f;
    let x1052: f32 = t1052[i];
    let v1059: f32 = x1052 * x1052;
    let v1060: f32 = v1059 * 0.05f;
    let v1061: f32 = v1058 + v1060;
    t1061[i] = v1061;
    let l18: f32 = p_blocks_0_mlp_fc_beta[i];
    let x1057: f32 = t1057[i];
    let v1062: f32 = sqrt(v1061);
    let l789: f32 = t711[0i];
    let v1063: f32 = v1062 / l789;
    let v1064: f32 = v1063 + 1e-8f;
    let v1065: f32 = x1057 / v1064;
    let l795: f32 = t710[0i];
    let v1066: f32 = v1065 * l795;
    let v1067: f32 = l18 - v1066;
    t1067[i] = v1067;
  }
}
