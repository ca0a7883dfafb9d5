// kernel k158j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1037: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1046: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1042: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1052: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1039: f32 = p_optim_v_blocks_0_attn_wo_b[i];
    let v1043: f32 = l1039 * 0.95f;
    let x1037: f32 = t1037[i];
    let v1044: f32 = x1037 * x1037;
    let v1045: f32 = v1044 * 0.05f;
    let v1046: f32 = v1043 + v1045;
    t1046[i] = v1046;
    let l11: f32 = p_blocks_0_attn_wo_b[i];
    let x1042: f32 = t1042[i];
    let v1047: f32 = sqrt(v1046);
    let l896: f32 = t818[0i];
    let v1048: f32 = v1047 / l896;
    let v1049: f32 = v1048 + 1e-8f;
    let v1050: f32 = x1042 / v1049;
    let l902: f32 = t817[0i];
    let v1051: f32 = v1050 * l902;
    let v1052: f32 = l11 - v1051;
    t1052[i] = v1052;
  }
}
