// kernel k109a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t380: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1060: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1064: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1068: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1056: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1058: f32 = l1056 * 0.9f;
    let l381: f32 = t380[i];
    let l750: f32 = t679[0i];
    let v1055: f32 = l381 * l750;
    let v1059: f32 = v1055 * 0.1f;
    let v1060: f32 = v1058 + v1059;
    t1060[i] = v1060;
    let l1057: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1061: f32 = l1057 * 0.95f;
    let v1062: f32 = v1055 * v1055;
    let v1063: f32 = v1062 * 0.05f;
    let v1064: f32 = v1061 + v1063;
    t1064[i] = v1064;
    let v1065: f32 = sqrt(v1064);
    let l767: f32 = t689[0i];
    let v1066: f32 = v1065 / l767;
    let v1067: f32 = v1066 + 1e-8f;
    let v1068: f32 = v1060 / v1067;
    t1068[i] = v1068;
  }
}
