// kernel k94t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1045: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1054: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1050: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1060: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1047: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1051: f32 = l1047 * 0.95f;
    let x1045: f32 = t1045[i];
    let v1052: f32 = x1045 * x1045;
    let v1053: f32 = v1052 * 0.05f;
    let v1054: f32 = v1051 + v1053;
    t1054[i] = v1054;
    let l21: f32 = p_blocks_1_attn_wq_b[i];
    let x1050: f32 = t1050[i];
    let v1055: f32 = sqrt(v1054);
    let l724: f32 = t646[0i];
    let v1056: f32 = v1055 / l724;
    let v1057: f32 = v1056 + 1e-8f;
    let v1058: f32 = x1050 / v1057;
    let l730: f32 = t645[0i];
    let v1059: f32 = v1058 * l730;
    let v1060: f32 = l21 - v1059;
    t1060[i] = v1060;
  }
}
