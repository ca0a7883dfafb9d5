// kernel k158k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t553: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1058: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1062: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1066: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1054: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v1056: f32 = l1054 * 0.9f;
    let l554: f32 = t553[i];
    let l879: f32 = t808[0i];
    let v1053: f32 = l554 * l879;
    let v1057: f32 = v1053 * 0.1f;
    let v1058: f32 = v1056 + v1057;
    t1058[i] = v1058;
    let l1055: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v1059: f32 = l1055 * 0.95f;
    let v1060: f32 = v1053 * v1053;
    let v1061: f32 = v1060 * 0.05f;
    let v1062: f32 = v1059 + v1061;
    t1062[i] = v1062;
    let v1063: f32 = sqrt(v1062);
    let l896: f32 = t818[0i];
    let v1064: f32 = v1063 / l896;
    let v1065: f32 = v1064 + 1e-8f;
    let v1066: f32 = v1058 / v1065;
    t1066[i] = v1066;
  }
}
