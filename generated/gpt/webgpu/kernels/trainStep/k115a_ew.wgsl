// kernel k115a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t340: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1054: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1058: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1062: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1050: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1052: f32 = l1050 * 0.9f;
    let l341: f32 = t340[i];
    let l711: f32 = t640[0i];
    let v1049: f32 = l341 * l711;
    let v1053: f32 = v1049 * 0.1f;
    let v1054: f32 = v1052 + v1053;
    t1054[i] = v1054;
    let l1051: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1055: f32 = l1051 * 0.95f;
    let v1056: f32 = v1049 * v1049;
    let v1057: f32 = v1056 * 0.05f;
    let v1058: f32 = v1055 + v1057;
    t1058[i] = v1058;
    let v1059: f32 = sqrt(v1058);
    let l728: f32 = t650[0i];
    let v1060: f32 = v1059 / l728;
    let v1061: f32 = v1060 + 1e-8f;
    let v1062: f32 = v1054 / v1061;
    t1062[i] = v1062;
  }
}
