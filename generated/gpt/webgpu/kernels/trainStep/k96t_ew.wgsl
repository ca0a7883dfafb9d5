// kernel k96t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1049: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1058: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1054: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1064: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1051: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1055: f32 = l1051 * 0.95f;
    let x1049: f32 = t1049[i];
    let v1056: f32 = x1049 * x1049;
    let v1057: f32 = v1056 * 0.05f;
    let v1058: f32 = v1055 + v1057;
    t1058[i] = v1058;
    let l21: f32 = p_blocks_1_attn_wq_b[i];
    let x1054: f32 = t1054[i];
    let v1059: f32 = sqrt(v1058);
    let l728: f32 = t650[0i];
    let v1060: f32 = v1059 / l728;
    let v1061: f32 = v1060 + 1e-8f;
    let v1062: f32 = x1054 / v1061;
    let l734: f32 = t649[0i];
    let v1063: f32 = v1062 * l734;
    let v1064: f32 = l21 - v1063;
    t1064[i] = v1064;
  }
}
