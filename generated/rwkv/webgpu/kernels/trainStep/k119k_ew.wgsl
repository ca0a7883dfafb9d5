// kernel k119k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t709: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1057: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1061: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1065: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1053: f32 = p_optim_m_blocks_0_att_mix_k[i];
    let v1055: f32 = l1053 * 0.9f;
    let l709: f32 = t709[i];
    let l946: f32 = t901[0i];
    let v1052: f32 = l709 * l946;
    let v1056: f32 = v1052 * 0.1f;
    let v1057: f32 = v1055 + v1056;
    t1057[i] = v1057;
    let l1054: f32 = p_optim_v_blocks_0_att_mix_k[i];
    let v1058: f32 = l1054 * 0.95f;
    let v1059: f32 = v1052 * v1052;
    let v1060: f32 = v1059 * 0.05f;
    let v1061: f32 = v1058 + v1060;
    t1061[i] = v1061;
    let v1062: f32 = sqrt(v1061);
    let l963: f32 = t911[0i];
    let v1063: f32 = v1062 / l963;
    let v1064: f32 = v1063 + 1e-8f;
    let v1065: f32 = v1057 / v1064;
    t1065[i] = v1065;
  }
}
